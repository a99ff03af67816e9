import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { LocalFile } from "./plan";

/**
 * Every file under `dir` with its path in NFC — the form Gatsby writes page paths in and
 * browsers request — and the MD5 of its bytes. A macOS disk may hand back NFD names
 * (static/ files, images beside a post); the bucket key must not keep them.
 */
export function readLocalFiles(dir: string): LocalFile[] {
  const byPath = new Map<string, { file: string; local: LocalFile }>();
  const entries = readdirSync(dir, { recursive: true, encoding: "utf8" });
  for (const entry of entries) {
    const file = path.join(dir, entry);
    const stat = statSync(file);
    if (!stat.isFile()) continue;
    const relative = entry.split(path.sep).join("/").normalize("NFC");
    const earlier = byPath.get(relative);
    if (earlier) {
      throw new Error(
        `${earlier.file} and ${file} have the same name in NFC (${relative}); keep one.`,
      );
    }
    const bytes = readFileSync(file);
    byPath.set(relative, {
      file,
      local: {
        path: relative,
        source: entry,
        md5: createHash("md5").update(bytes).digest("hex"),
        size: stat.size,
      },
    });
  }
  return [...byPath.values()].map(({ local }) => local);
}
