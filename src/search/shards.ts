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

/**
 * A post's text file is named by its content, so a build after an edit writes one text file, not
 * one per post, and a deploy uploads only that one. 48 bits of two FNV-1a hashes: short, as
 * meta.json lists every name, and at 10,000 posts the chance that two texts share one is about
 * one in five million.
 */
export function textName(text: string): string {
  const low = hash(`\u0000${text}`) & 0xffff;
  return (hash(text) * 0x10000 + low).toString(36).padStart(10, "0");
}

/**
 * Where the files are: the meta file at a fixed URL, the term shards under the build's version
 * (they change with nearly every post), each post's text under the name meta.json gives it.
 */
export const searchIndexPaths = {
  meta: "/search-index/meta.json",
  shard: (version: string, shard: number) =>
    `/search-index/${version}/${shard}.json`,
  text: (name: string) => `/search-index/text/${name}.json`,
};
