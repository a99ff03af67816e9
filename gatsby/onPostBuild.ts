import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { GatsbyNode } from "gatsby";
import { keepsRuntime, withoutRuntime } from "../src/lib/staticHtml";

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The page path a public/ HTML file serves: public/메모/index.html → /메모/. */
function pagePathOf(publicDir: string, file: string): string {
  const relative = path.relative(publicDir, file).split(path.sep).join("/");
  return `/${relative.replace(/(^|\/)index\.html$/u, "$1")}`;
}

/** Takes Gatsby's React runtime out of every page that does not need it (src/lib/staticHtml.ts). */
export const onPostBuild: GatsbyNode["onPostBuild"] = async ({ reporter }) => {
  const publicDir = path.resolve("public");
  let stripped = 0;
  const untouched: string[] = [];
  for (const file of await htmlFiles(publicDir)) {
    const pagePath = pagePathOf(publicDir, file);
    // Gatsby's own fragments (slices, partytown) are not pages.
    if (keepsRuntime(pagePath) || /^\/(_gatsby|~partytown)\//u.test(pagePath))
      continue;
    const original = await readFile(file, "utf8");
    const html = withoutRuntime(original);
    if (html === null) {
      untouched.push(pagePath);
      continue;
    }
    if (html === original) continue;
    await writeFile(file, html);
    stripped += 1;
  }
  reporter.info(
    `Static pages: took the React runtime out of ${stripped} pages this build wrote`,
  );
  if (untouched.length > 0) {
    // A Gatsby upgrade that moves its scripts must not go unnoticed: the pages would still work.
    reporter.warn(
      `Gatsby's runtime scripts were not found in: ${untouched.slice(0, 5).join(", ")}`,
    );
  }
};
