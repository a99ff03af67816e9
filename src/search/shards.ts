import { isSyllable } from "./hangul";

/**
 * The index is cut into shards by term, like Pagefind's chunks, so a query downloads only the
 * shards its terms fall in. Hangul bigrams are matched exactly, so they go by the whole term
 * (and a trigram by its first bigram, to sit beside it: see trigrams.ts);
 * other terms are also prefix- and typo-matched, so they go by their first character, which
 * keeps every completion of `typ` and every one-typo variant of `typescirpt` (but a typo in the
 * first letter) in the shard the query fetches.
 */
export const SHARD_COUNT = 128;

/** FNV-1a, 32 bits: tiny, stable across machines, and spreads short keys well. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function shardOf(term: string, shardCount: number): number {
  const first = String.fromCodePoint(term.codePointAt(0) ?? 0);
  return hash(isSyllable(first) ? term.slice(0, 2) : first) % shardCount;
}

/** Where the files are: the meta file at a fixed URL, the rest under the build's version. */
export const searchIndexPaths = {
  meta: "/search-index/meta.json",
  shard: (version: string, shard: number) =>
    `/search-index/${version}/${shard}.json`,
  text: (version: string, doc: number) =>
    `/search-index/${version}/text/${doc}.json`,
};
