import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import matter from "gray-matter";
import { readPost } from "../../../src/content/readPost";
import { searchFilesFor } from "../../../src/search/buildIndex";
import { createSearchClient } from "../../../src/search/client";
import { searchIndexPaths } from "../../../src/search/shards";
import { generateCorpus } from "../generateCorpus";
import { benchQueries } from "./searchQueries";

/**
 * `npm run bench:search [-- <posts> [<outDir>]]`: builds the search index of a generated blog
 * (default 1,000 posts), then prints what a reader downloads before the first results of each of
 * the 50 fixed queries (gzip) and how long a query over the loaded pieces takes (p50/p95).
 * With <outDir>, the index files are also written there. Budgets: ≤ 300 KB, ≤ 10 ms p95.
 */
const count = Number(process.argv[2] ?? 1000);
const outDir = process.argv[3];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ??
  0;

const sources = generateCorpus(count).flatMap(({ file, content }) => {
  if (typeof content !== "string") return [];
  const result = readPost(content, file, "Asia/Seoul");
  if (!result.ok)
    throw new Error(`${file}: ${JSON.stringify(result.problems)}`);
  const { content: markdown } = matter(content, {
    engines: { yaml: () => ({}) },
  });
  return [{ post: result.post, markdown }];
});

let started = performance.now();
const files = searchFilesFor(sources, false);
const buildSeconds = (performance.now() - started) / 1000;
const gz = new Map(files.map((f) => [f.path, gzipSync(f.content).length]));
const raw = files.reduce((sum, f) => sum + Buffer.byteLength(f.content), 0);
const shards = files.filter(
  (f) => /\/\d+\.json$/u.test(f.path) && !f.path.includes("/text/"),
);
const shardGz = shards.map((f) => gz.get(f.path) ?? 0).sort((a, b) => a - b);
console.log(
  `${count} posts: ${files.length} files, ${kb(raw)} raw, built in ${buildSeconds.toFixed(1)} s`,
);
console.log(`meta.json: ${kb(gz.get(searchIndexPaths.meta) ?? 0)} gzip`);
console.log(
  `${shards.length} shards: ${kb(shardGz.reduce((a, b) => a + b, 0))} gzip in all, median ${kb(percentile(shardGz, 50))}, largest ${kb(shardGz.at(-1) ?? 0)}`,
);

if (outDir) {
  for (const file of files) {
    const target = path.join(outDir, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
}

const contents = new Map(files.map((f) => [f.path, f.content]));
async function main() {
  // Downloads per query: a fresh client each time, as a reader's first query.
  const downloads: number[] = [];
  for (const query of benchQueries) {
    const fetched: string[] = [];
    const client = createSearchClient(async (file) => {
      fetched.push(file);
      return JSON.parse(contents.get(file) ?? "null");
    });
    await client.search(query);
    downloads.push(fetched.reduce((sum, f) => sum + (gz.get(f) ?? 0), 0));
  }
  const sortedDownloads = [...downloads].sort((a, b) => a - b);
  console.log(
    `index downloaded before the first results (gzip), over ${benchQueries.length} queries: median ${kb(percentile(sortedDownloads, 50))}, p95 ${kb(percentile(sortedDownloads, 95))}, max ${kb(sortedDownloads.at(-1) ?? 0)}`,
  );

  // Query time over loaded pieces: one client with every shard the queries touch loaded.
  const client = createSearchClient(async (file) =>
    JSON.parse(contents.get(file) ?? "null"),
  );
  for (const query of benchQueries) await client.search(query);
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const query of benchQueries) {
      started = performance.now();
      await client.search(query);
      times.push(performance.now() - started);
    }
  }
  times.sort((a, b) => a - b);
  console.log(
    `query over loaded shards: p50 ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms (${times.length} runs)`,
  );
}

void main();
