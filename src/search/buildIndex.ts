import type { PostFields } from "../content/postSchema";
import { isSearchable, toIndexedPost } from "./document";
import { searchOptions, type IndexedPost, type PostText } from "./engine";
import { IndexBuilder, type AnalysedFields, type IndexJson } from "./indexJson";
import {
  hash,
  SHARD_COUNT,
  searchIndexPaths,
  shardOf,
  textName,
} from "./shards";

/** The fixed-URL file a reader fetches first: document data and where the shards are. */
export interface SearchMeta {
  version: string;
  shardCount: number;
  /** The name of each post's text file, by the post's number (searchIndexPaths.text). */
  texts: string[];
  /** MiniSearch's serialized index without its terms (those are in the shards). */
  index: Omit<IndexJson, "index">;
}

export type ShardEntries = IndexJson["index"];

export interface SearchFile {
  /** URL path of the file, from the site's root. */
  path: string;
  content: string;
}

/** Where `buildSearchIndex` hands each file as soon as it is made. */
export interface SearchFileSink {
  /** A post's text, for snippets, under the name its content gives it (textName). */
  text(name: string, content: string): void;
  /** Term shard `i`. */
  shard(i: number, content: string): void;
}

/**
 * Where a build keeps each post's analysed fields from one build to the next, so that only new
 * and edited posts are tokenized again (gatsby/search/searchTermsCache.ts).
 */
export interface TermsStore {
  get(post: IndexedPost): AnalysedFields | undefined;
  set(post: IndexedPost, analysed: AnalysedFields): void;
}

export interface BuildOptions {
  shardCount?: number;
  terms?: TermsStore;
}

/**
 * Indexes `posts` one at a time (pass them newest first: the order numbers them) and hands each
 * post's text and then each term shard to `sink` as soon as it is made, holding no post's text
 * after its turn: a big blog's texts alone are hundreds of megabytes. Returns the version, which names
 * the folder of the shards (`searchIndexPaths`), and `meta.json`, which says it and names each
 * post's text file.
 */
export function buildSearchIndex(
  posts: Iterable<IndexedPost>,
  sink: SearchFileSink,
  { shardCount = SHARD_COUNT, terms }: BuildOptions = {},
): { version: string; meta: string; texts: string[] } {
  const builder = new IndexBuilder(searchOptions);
  const texts: string[] = [];
  for (const post of posts) {
    let analysed = terms?.get(post);
    if (!analysed) {
      analysed = builder.analyse(post);
      terms?.set(post, analysed);
    }
    builder.addAnalysed(post, analysed);
    const text = JSON.stringify({
      description: post.description,
      body: post.body,
    } satisfies PostText);
    const name = textName(text);
    texts[post.n] = name;
    sink.text(name, text);
  }
  const termsByShard: string[][] = Array.from({ length: shardCount }, () => []);
  for (const term of builder.terms())
    termsByShard[shardOf(term, shardCount)]?.push(term);
  const shardHashes = termsByShard.map((terms, i) => {
    const shard = JSON.stringify(terms.map((term) => builder.entry(term)));
    sink.shard(i, shard);
    return hash(shard);
  });
  const documents = builder.documents();
  // The version names the shards' folder, so a new build never mixes with shards cached from an
  // old one. (Texts are named by their content, so they cannot be mixed up.)
  const version = [hash(JSON.stringify(documents)), ...shardHashes]
    .reduce((h, fileHash) => hash(`${h}:${fileHash}`), 0)
    .toString(36);
  const meta: SearchMeta = { version, shardCount, texts, index: documents };
  return { version, meta: JSON.stringify(meta), texts };
}

/**
 * Every file of the search index, in memory: `meta.json`, the term shards and one text file per
 * post for snippets. Posts are indexed in the order given; pass them newest first.
 */
function buildSearchFiles(
  posts: readonly IndexedPost[],
  shardCount = SHARD_COUNT,
): SearchFile[] {
  const texts = new Map<string, string>();
  const shards: string[] = [];
  const { version, meta } = buildSearchIndex(
    posts,
    {
      text: (name, content) => texts.set(name, content),
      shard: (i, content) => (shards[i] = content),
    },
    { shardCount },
  );
  return [
    { path: searchIndexPaths.meta, content: meta },
    ...shards.map((content, i) => ({
      path: searchIndexPaths.shard(version, i),
      content,
    })),
    ...[...texts].map(([name, content]) => ({
      path: searchIndexPaths.text(name),
      content,
    })),
  ];
}

/** A post as the build knows it: its fields and its markdown body (no frontmatter). */
export interface SourceMarkdown {
  post: PostFields;
  markdown: string;
}

/** The posts search finds (see isSearchable), newest first: the order that numbers them. */
export function searchOrder<T extends { post: PostFields }>(
  items: readonly T[],
  includeDrafts: boolean,
): T[] {
  return items
    .filter(({ post }) => isSearchable(post, includeDrafts))
    .sort(
      (a, b) =>
        compare(b.post.timestamp, a.post.timestamp) ||
        compare(a.post.url, b.post.url),
    );
}

/** The search files for a site's posts, in memory. */
export function searchFilesFor(
  sources: readonly SourceMarkdown[],
  includeDrafts: boolean,
): SearchFile[] {
  return buildSearchFiles(
    searchOrder(sources, includeDrafts).map(({ post, markdown }, n) =>
      toIndexedPost(post, markdown, n),
    ),
  );
}

/** Code-unit order, the same on every machine. */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
