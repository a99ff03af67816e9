import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { INTERACTIVE_PAGES } from "../src/browser/staticHtml";
import { refreshedPolicy } from "../src/security/writtenPolicy";

/**
 * The pages that keep Gatsby's runtime get their Content-Security-Policy brought up to date
 * with the scripts their written file holds (src/security/writtenPolicy.ts says why). Returns
 * the pages it changed.
 */
export async function refreshRuntimePagePolicies(
  publicDir: string,
): Promise<string[]> {
  const changed: string[] = [];
  for (const page of INTERACTIVE_PAGES) {
    const file = path.join(publicDir, page, "index.html");
    // A site without the page (none of its posts searchable) has nothing to update.
    if (!existsSync(file)) continue;
    const html = await readFile(file, "utf8");
    const refreshed = refreshedPolicy(html);
    if (refreshed === null) continue;
    await writeFile(file, refreshed);
    changed.push(page);
  }
  return changed;
}
