import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import {
  cloudFrontFunction,
  netlifyRedirects,
  nginxRedirectMap,
  type Redirect,
} from "../src/site/redirectRules";

/** The template of a post's old paths; createPages gives it the pages src/site/plan.ts plans. */
export const redirectTemplate = path.resolve(
  "src/templates/RedirectTemplate.tsx",
);

const redirectPage = z.object({
  path: z.string(),
  component: z.string(),
  context: z.object({ to: z.string() }),
});

/** CloudFront's limit on a function's code (its quotas page); past it, publishing fails. */
export const CLOUDFRONT_FUNCTION_LIMIT = 10 * 1024;

/** The redirects among the pages Gatsby made, from what createPages gave each. */
export function redirectsOfPages(pages: Iterable<unknown>): Redirect[] {
  const redirects: Redirect[] = [];
  for (const page of pages) {
    const parsed = redirectPage.safeParse(page);
    if (parsed.success && parsed.data.component === redirectTemplate)
      redirects.push({ from: parsed.data.path, to: parsed.data.context.to });
  }
  return redirects.sort((a, b) => (a.from < b.from ? -1 : 1));
}

/**
 * Writes each host's 301 rules into public/ (what they hold: src/site/redirectRules.ts), even
 * with no redirects: deploy/nginx.conf includes its file whatever the site has. Returns the
 * CloudFront function's size, which CloudFront limits.
 */
export async function writeRedirectFiles(
  publicDir: string,
  redirects: readonly Redirect[],
  prefix: string,
): Promise<{ cloudFrontBytes: number }> {
  const cloudFront = cloudFrontFunction(
    readFileSync(path.resolve("deploy/cloudfront-function.js"), "utf8"),
    redirects,
    prefix,
  );
  await Promise.all([
    writeFile(
      path.join(publicDir, "_redirects"),
      netlifyRedirects(redirects, prefix),
    ),
    writeFile(
      path.join(publicDir, "_redirects.nginx"),
      nginxRedirectMap(redirects, prefix),
    ),
    writeFile(path.join(publicDir, "_redirects.cloudfront.js"), cloudFront),
  ]);
  return { cloudFrontBytes: Buffer.byteLength(cloudFront) };
}
