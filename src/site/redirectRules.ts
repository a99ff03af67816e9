import { absoluteUrl } from "../seo/metaTags";
import type { PlannedPage } from "./types";

/**
 * A renamed post's old paths (frontmatter `aliases`) as a real `301 Moved Permanently`, in the
 * language of each host that can send one. Made from the site plan, so the rules and the pages
 * at the old paths (src/templates/RedirectTemplate.tsx) cannot disagree; the build writes them
 * (gatsby/redirectFiles.ts), docs/deploy.md says where each goes.
 */

/** An old path and the post's path now: site paths, NFC, not encoded, without the prefix. */
export interface Redirect {
  from: string;
  to: string;
}

export function redirectsOf(pages: readonly PlannedPage[]): Redirect[] {
  return pages.flatMap((page) =>
    page.template === "redirect"
      ? [{ from: page.path, to: page.context.to }]
      : [],
  );
}

/** A path as browsers send it (percent-encoded UTF-8, hex upper-case), below the prefix. */
const encoded = (prefix: string, path: string): string =>
  absoluteUrl(prefix, path);

/** With and without the trailing slash: someone typed the old address, or a link left it off. */
const spellings = (path: string): string[] => [path.replace(/\/$/u, ""), path];

/**
 * Netlify's `_redirects`. `301!` forces the rule although a file (the page at the old path)
 * is there: Netlify serves an existing file before a plain rule ("shadowing",
 * https://docs.netlify.com/routing/redirects/rewrites-proxies/#shadowing). Netlify matches a
 * path with or without its trailing slash alike, so one line each.
 */
export function netlifyRedirects(
  redirects: readonly Redirect[],
  prefix = "",
): string {
  const lines = redirects.map(
    ({ from, to }) => `${encoded(prefix, from)} ${encoded(prefix, to)} 301!`,
  );
  return `${["# Old paths of renamed posts (frontmatter aliases), written by the build.", ...lines].join("\n")}\n`;
}

/** A string nginx reads as one literal word. */
const nginxString = (text: string): string =>
  `"${text.replace(/[\\"]/gu, (c) => `\\${c}`)}"`;

/**
 * The entries of deploy/nginx.conf's `map $uri $moved_to`. nginx compares the decoded URI, so
 * the old path is written in UTF-8 as it is (a request in either hex case matches; string
 * keys of a map ignore letter case, as pathKey does); the Location is sent encoded, and a `$`
 * encoded too, as nginx would read it as a variable.
 */
export function nginxRedirectMap(
  redirects: readonly Redirect[],
  prefix = "",
): string {
  const lines = redirects.flatMap(({ from, to }) => {
    const location = encoded(prefix, to).replaceAll("$", "%24");
    return spellings(`${prefix}${from}`).map(
      (old) => `${nginxString(old)} ${nginxString(location)};`,
    );
  });
  return `${["# Old paths of renamed posts (frontmatter aliases), written by the build: see deploy/nginx.conf.", ...lines].join("\n")}\n`;
}

/** The line of deploy/cloudfront-function.js that the build fills in. */
export const CLOUDFRONT_MAP_LINE = "var REDIRECTS = {};";

/**
 * deploy/cloudfront-function.js with its map filled in. A CloudFront Function reads no files
 * and its `request.uri` is the encoded path, so the map is written into its code, keyed by the
 * path as browsers send it.
 */
export function cloudFrontFunction(
  source: string,
  redirects: readonly Redirect[],
  prefix = "",
): string {
  if (!source.includes(CLOUDFRONT_MAP_LINE))
    throw new Error(
      `deploy/cloudfront-function.js has no line \`${CLOUDFRONT_MAP_LINE}\` for the build to fill in`,
    );
  const map: Record<string, string> = {};
  for (const { from, to } of redirects) {
    for (const old of spellings(encoded(prefix, from)))
      map[old] = encoded(prefix, to);
  }
  return source.replace(
    CLOUDFRONT_MAP_LINE,
    `var REDIRECTS = ${JSON.stringify(map, null, 2)};`,
  );
}
