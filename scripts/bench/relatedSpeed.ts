import { readPost } from "../../src/content/readPost";
import { byNewest } from "../../src/site/plan";
import { relatedPosts } from "../../src/site/related";
import type { SourcePost } from "../../src/site/types";
import { blogConfig } from "../../blog.config";
import { generateCorpus } from "./generateCorpus";
import { postsAndRuns } from "./postsAndRuns";

/**
 * `npx tsx scripts/bench/relatedSpeed.ts [posts] [runs]`: times choosing every post's related
 * posts (src/site/related.ts) over a generated blog (default 10,000 posts), read into memory
 * first, so only the choosing is measured. The generated blog draws its two tags a post from
 * a small pool, so most posts share tags with thousands of others: a hard case for it.
 */
const { posts: count, runs } = postsAndRuns(
  process.argv.slice(2),
  "npx tsx scripts/bench/relatedSpeed.ts",
  { posts: 10000, runs: 5 },
);

const posts: SourcePost[] = generateCorpus(count).flatMap(
  ({ file, content }) => {
    if (typeof content !== "string") return [];
    const result = readPost(content, file, blogConfig.timeZone);
    return result.ok ? [{ id: file, file, post: result.post }] : [];
  },
);
const listed = posts.filter((p) => p.post.kind === "post").sort(byNewest);

/** The same blog with one tag on nine posts in ten (a "TIL" tag): the wide-tag path. */
const withCommonTag: SourcePost[] = listed.map((source, i) =>
  i % 10 === 0
    ? source
    : {
        ...source,
        post: {
          ...source.post,
          tags: [
            ...source.post.tags,
            { name: "TIL", slug: "til", url: "/tag/til/" },
          ],
        },
      },
);

function time(label: string, blog: readonly SourcePost[]): void {
  const tagged = new Map<string, number>();
  for (const { post } of blog)
    for (const tag of post.tags)
      tagged.set(tag.url, (tagged.get(tag.url) ?? 0) + 1);
  const times: number[] = [];
  for (let run = 1; run <= runs; run++) {
    const started = performance.now();
    relatedPosts(blog);
    times.push(performance.now() - started);
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    `${label}: ${blog.length} posts, ${tagged.size} tags, the most used on ${Math.max(...tagged.values())} posts — ` +
      `median ${sorted[Math.floor(runs / 2)]?.toFixed(0)} ms, slowest ${sorted.at(-1)?.toFixed(0)} ms of ${runs} runs`,
  );
}

time("generated blog", listed);
time('with "TIL" on 9 posts in 10', withCommonTag);
