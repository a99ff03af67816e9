import { readPost } from "../../src/content/readPost";
import { blogConfig } from "../../blog.config";
import { generateCorpus } from "./generateCorpus";
import { postsAndRuns } from "./postsAndRuns";

/**
 * `npx tsx scripts/bench/readPostSpeed.ts [posts] [runs]`: times `readPost`, the per-post work
 * of gatsby/onCreateNode.ts, over a generated blog (default 1,000 posts) held in memory, so
 * neither the disk nor Gatsby is measured. The first run is the one a cold build sees (nothing
 * compiled yet); the median of the runs is the steady rate.
 */
const { posts: count, runs } = postsAndRuns(
  process.argv.slice(2),
  "npx tsx scripts/bench/readPostSpeed.ts",
  { posts: 1000, runs: 5 },
);

const sources = generateCorpus(count).flatMap(({ file, content }) =>
  typeof content === "string" ? [{ file, source: content }] : [],
);
const megabytes =
  sources.reduce((sum, { source }) => sum + Buffer.byteLength(source), 0) / 1e6;
console.log(
  `readPost over ${sources.length} generated posts (${megabytes.toFixed(1)} MB), ${runs} runs`,
);

const times: number[] = [];
let invalid = 0;
for (let run = 1; run <= runs; run++) {
  invalid = 0;
  const started = performance.now();
  for (const { file, source } of sources) {
    if (!readPost(source, file, blogConfig.timeZone).ok) invalid++;
  }
  const ms = performance.now() - started;
  times.push(ms);
  console.log(
    `  run ${run}: ${ms.toFixed(0)} ms, ${(ms / sources.length).toFixed(3)} ms/post`,
  );
}
// A post that fails validation skips most of the work, so the figures would flatter us.
if (invalid) console.warn(`warning: ${invalid} posts did not validate`);

const median = [...times].sort((a, b) => a - b)[Math.floor(runs / 2)] ?? 0;
const msPerPost = median / sources.length;
console.log(
  `median: ${msPerPost.toFixed(3)} ms/post, ${Math.round(1000 / msPerPost)} posts/s` +
    ` (first run: ${((times[0] ?? 0) / sources.length).toFixed(3)} ms/post)`,
);
