import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generateCorpus, type GeneratedFile } from "./generateCorpus";

/** Writes generated files (paths relative to content/posts) into `postsDir`. */
export function writeFiles(
  postsDir: string,
  files: readonly GeneratedFile[],
): void {
  for (const { file, content } of files) {
    const target = path.join(postsDir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}

/** Writes a generated corpus of `count` posts into `postsDir`. */
export function writeCorpus(postsDir: string, count: number, seed = 1): void {
  writeFiles(postsDir, generateCorpus(count, seed));
}
