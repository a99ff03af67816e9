import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generateCorpus } from "./generateCorpus";

/** Writes a generated corpus of `count` posts into `postsDir`. */
export function writeCorpus(postsDir: string, count: number, seed = 1): void {
  for (const { file, content } of generateCorpus(count, seed)) {
    const target = path.join(postsDir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}
