import { readFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { scriptHash } from "../../src/security/contentSecurityPolicy";
import {
  allowedScriptHashes,
  inlineScriptsInHtml,
  policyOf,
} from "../../src/security/writtenPolicy";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./chromium";

/**
 * The post of __tests__/fixtures/hostile-markup, built and served: its markdown holds a raw
 * `<script>` and an `<img onerror>`, which must reach the page (markdown keeps raw HTML, so
 * the check means something) and must not run there (the page's Content-Security-Policy).
 * Returns what went wrong, one line each; nothing when all is right.
 */
export const HOSTILE_PAGE = "/hostile-markup-injected-script/";

export async function injectedScriptProblems(
  publicDir: string,
  origin: string,
): Promise<string[]> {
  const problems: string[] = [];
  const html = readFileSync(
    path.join(publicDir, HOSTILE_PAGE, "index.html"),
    "utf8",
  );
  const policy = policyOf(html);
  const injected = inlineScriptsInHtml(html).filter((s) =>
    s.includes("__injected"),
  );
  if (policy === null) problems.push(`${HOSTILE_PAGE} has no policy`);
  if (injected.length !== 1 || !/onerror=/u.test(html))
    problems.push(`${HOSTILE_PAGE} lost its injected markup: nothing tested`);
  const allowed = allowedScriptHashes(policy ?? "");
  if (injected.some((script) => allowed.has(scriptHash(script))))
    problems.push(`${HOSTILE_PAGE}: the policy allows the injected script`);

  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_FLAGS],
  });
  try {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      const seen = window as unknown as { blocked: string[] };
      seen.blocked = [];
      document.addEventListener("securitypolicyviolation", (event) =>
        seen.blocked.push(event.violatedDirective),
      );
    });
    await page.goto(`${origin}${encodeURI(HOSTILE_PAGE)}`);
    await page.waitForLoadState("networkidle");
    const { ran, blocked, title } = await page.evaluate(() => {
      const seen = window as unknown as {
        __injected?: string;
        blocked: string[];
      };
      return {
        ran: seen.__injected,
        blocked: seen.blocked,
        title: document.title,
      };
    });
    if (ran !== undefined) problems.push(`the injected ${ran} ran`);
    if (title === "injected") problems.push("the injected script ran");
    for (const directive of ["script-src-elem", "script-src-attr"])
      if (!blocked.includes(directive))
        problems.push(
          `no ${directive} violation reported (${blocked.join(", ") || "none"}): was the markup there?`,
        );
  } finally {
    await browser.close();
  }
  return problems;
}
