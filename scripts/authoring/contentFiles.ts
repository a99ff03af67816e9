import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ContentFile } from "../../src/authoring/contentCheck";

/** The markdown files gatsby-transformer-remark would read from a folder, recursively. */
export function readContentFiles(
  root: string,
  postsDir: string,
): ContentFile[] {
  if (!existsSync(postsDir)) return [];
  return readdirSync(postsDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(md|markdown)$/iu.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
    .map((absolute) => ({
      file: path.relative(root, absolute).split(path.sep).join("/"),
      source: readFileSync(absolute, "utf8"),
    }));
}

/** URL paths the site serves besides posts: files in static/ and pages in src/pages/. */
export function staticUrls(root: string): Set<string> {
  const urls = new Set<string>();
  const staticDir = path.join(root, "static");
  if (existsSync(staticDir)) {
    for (const entry of readdirSync(staticDir, {
      recursive: true,
      withFileTypes: true,
    })) {
      if (!entry.isFile()) continue;
      const relative = path.relative(
        staticDir,
        path.join(entry.parentPath, entry.name),
      );
      urls.add(`/${relative.split(path.sep).join("/")}`.normalize("NFC"));
    }
  }
  const pagesDir = path.join(root, "src", "pages");
  if (existsSync(pagesDir)) {
    for (const name of readdirSync(pagesDir)) {
      const page = name.replace(/\.(tsx?|jsx?)$/u, "");
      urls.add(page === "index" ? "/" : `/${page}/`);
    }
  }
  return urls;
}
