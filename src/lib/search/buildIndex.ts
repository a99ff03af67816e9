import type { PostFields } from "../post";
import { isSearchable, toIndexedPost } from "./document";
import { searchOptions, type IndexedPost, type PostText } from "./engine";
import { indexJson, type IndexJson } from "./indexJson";
import { hash, SHARD_COUNT, searchIndexPaths, shardOf } from "./shards";

/** The fixed-URL file a reader fetches first: document data and where the shards are. */
export interface SearchMeta {
  version: string;
  shardCount: number;
  /** MiniSearch's serialized index without its terms (those are in the shards). */
  index: Omit<IndexJson, "index">;
}

export type ShardEntries = IndexJson["index"];

export interface SearchFile {
  /** URL path of the file, from the site's root. */
  path: string;
  content: string;
}

/**
 * Every file of the search index: `meta.json`, the term shards and one text file per post for
 * snippets. Posts are indexed in the order given; pass them newest first for stable output.
 */
export function buildSearchFiles(
  posts: readonly IndexedPost[],
  shardCount = SHARD_COUNT,
): SearchFile[] {
  const { index, ...documents } = indexJson(posts, searchOptions);
  const shards: ShardEntries[] = Array.from({ length: shardCount }, () => []);
  for (const entry of index) shards[shardOf(entry[0], shardCount)]?.push(entry);

  const shardTexts = shards.map((entries) => JSON.stringify(entries));
  const texts = posts.map((post) =>
    JSON.stringify({
      description: post.description,
      body: post.body,
    } satisfies PostText),
  );
  const metaIndex = JSON.stringify(documents);
  // The version names the folder, so a new build never mixes with shards cached from an old one.
  const version = [metaIndex, ...shardTexts, ...texts]
    .reduce((h, text) => hash(`${h}:${hash(text)}`), 0)
    .toString(36);
  const meta: SearchMeta = { version, shardCount, index: documents };
  return [
    { path: searchIndexPaths.meta, content: JSON.stringify(meta) },
    ...shardTexts.map((content, i) => ({
      path: searchIndexPaths.shard(version, i),
      content,
    })),
    ...texts.map((content, i) => ({
      path: searchIndexPaths.text(version, posts[i]?.n ?? i),
      content,
    })),
  ];
}

/** A post as the build knows it: its fields and its markdown body (no frontmatter). */
export interface SourceMarkdown {
  post: PostFields;
  markdown: string;
}

/** The search files for a site's posts: searchable ones only, newest first. */
export function searchFilesFor(
  sources: readonly SourceMarkdown[],
  includeDrafts: boolean,
): SearchFile[] {
  const posts = sources
    .filter(({ post }) => isSearchable(post, includeDrafts))
    .sort(
      (a, b) =>
        compare(b.post.timestamp, a.post.timestamp) ||
        compare(a.post.url, b.post.url),
    )
    .map(({ post, markdown }, n) => toIndexedPost(post, markdown, n));
  return buildSearchFiles(posts);
}

/** Code-unit order, the same on every machine. */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
