import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCheck } from "../authoring/check";
import { writeCorpus } from "./writeCorpus";

/**
 * `npm run bench:check [-- <posts>]`: times `npm run check` on a generated blog (default 1,000
 * posts) in a temporary folder. The check prints its own time; the budget is 3 s at 1,000.
 */
const count = Number(process.argv[2] ?? 1000);
const root = mkdtempSync(path.join(os.tmpdir(), "blog-check-bench-"));
try {
  writeCorpus(path.join(root, "content", "posts"), count);
  console.log(`Generated ${count} posts in ${root}`);
  const started = performance.now();
  const code = runCheck([], root);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `check: ${seconds.toFixed(2)} s wall for ${count} posts (exit code ${code})`,
  );
} finally {
  rmSync(root, { recursive: true, force: true });
}
