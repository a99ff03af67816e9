import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  writeSearchIndexFiles,
  type PostFile,
} from "../../../gatsby/search/searchIndexFiles";
import { openTermsCache } from "../../../gatsby/search/searchTermsCache";
import { readPost } from "../../../src/content/readPost";
import { blogConfig } from "../../../blog.config";
import { postsAndRuns } from "../postsAndRuns";
import { writeCorpus } from "../writeCorpus";

/**
 * `npx tsx scripts/bench/search/searchIndexBuild.ts [posts] [runs]`: the search index exactly as a build
 * writes it (gatsby/search/searchIndexFiles.ts: read each post's file, index it, write the files), over
 * a generated blog written to a scratch folder (default 1,000 posts). Prints each run's time and
 * the process's peak memory. The terms cache (gatsby/search/searchTermsCache.ts) is in the scratch
 * folder: the first run fills it, as a first build does, and later runs read it, as a warm build
 * (or a cold one that keeps node_modules/.cache) does; the last run goes without it, as builds
 * did before it. Also printed: the size of the cache.
 */
const { posts: count, runs } = postsAndRuns(
  process.argv.slice(2),
  "npx tsx scripts/bench/search/searchIndexBuild.ts",
  { posts: 1000, runs: 2 },
);

const dir = mkdtempSync(path.join(os.tmpdir(), "blog-search-index-"));
try {
  const postsDir = path.join(dir, "content", "posts");
  writeCorpus(postsDir, count);
  const posts: PostFile[] = [];
  for (const name of readdirSync(postsDir, {
    recursive: true,
    encoding: "utf8",
  })) {
    if (!name.endsWith(".md")) continue;
    const file = path.join(postsDir, name);
    const read = readPost(
      readFileSync(file, "utf8"),
      name,
      blogConfig.timeZone,
    );
    if (read.ok) posts.push({ post: read.post, file });
  }
  console.log(`search index of ${posts.length} generated posts, ${runs} runs`);
  const cacheDir = path.join(dir, "terms-cache");
  for (let run = 1; run <= runs + 1; run++) {
    const cached = run <= runs;
    const written = writeSearchIndexFiles(
      posts,
      false,
      path.join(dir, "public"),
      cached ? openTermsCache(cacheDir, "bench") : undefined,
    );
    console.log(
      `  run ${run} (${cached ? `terms cache: ${written.tokenized} tokenized, ${written.cached} read` : "no terms cache"}): ` +
        `${written.seconds.toFixed(2)} s, ${written.files} files written, ` +
        `${(written.bytes / 1e6).toFixed(1)} MB; peak RSS so far ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
    );
  }
  const cacheBytes = readdirSync(path.join(cacheDir, "bench")).reduce(
    (sum, name) => sum + statSync(path.join(cacheDir, "bench", name)).size,
    0,
  );
  console.log(`  terms cache: ${(cacheBytes / 1e6).toFixed(1)} MB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
