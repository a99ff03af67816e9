import { stems } from "./hangul";
import type { IndexEntry, IndexJson } from "./indexJson";
import { forEachWord } from "./tokenize";

/**
 * Hangul is indexed as bigrams without positions, so `부산역` (부산, 산역) also matches a post
 * that says `부산` and `울산역` but never `부산역`. To tell the two apart (wholeWord.ts), the
 * index also holds each Hangul word's trigrams, in a field of their own: a word's bigrams stand
 * side by side in a post when the trigram of each consecutive pair is in it too (from four
 * syllables on, nearly: `서버리` and `버리스` could come from two words). A trigram is filed in
 * the shard of its first bigram (shardOf), which the query fetches anyway, so this costs no
 * extra file; the shards grow (docs/benchmarks.md).
 */
export const TRIGRAM_FIELD = "trigrams";

/**
 * Index terms of the trigram field: the trigrams of each Hangul word's form that a query looks
 * for (parseQuery's forms): its shortest stem of two syllables or more, else the word as
 * written, so `부산역에서` gives `부산역` alone. Trigrams across a particle (`역에서`) are never
 * asked for, and would be most of the field. Each once: the field is never scored, so counts
 * would only be bytes to download.
 */
export function trigramTokens(text: string): string[] {
  const out = new Set<string>();
  forEachWord(text, (word, script) => {
    if (script !== "hangul" || word.length < 3) return;
    const form =
      stems(word)
        .filter((stem) => stem.length >= 2)
        .at(-1) ?? word;
    for (let i = 0; i + 3 <= form.length; i++) out.add(form.slice(i, i + 3));
  });
  return [...out];
}

/** `[부산, 산역]` → `[부산역]`: each pair of consecutive bigrams of a word, as one trigram. */
export function trigramsOf(bigrams: readonly string[]): string[] {
  return bigrams
    .slice(1)
    .map((bigram, i) => `${bigrams[i] ?? ""}${bigram.slice(1)}`);
}

/** The ids of the posts that hold each trigram. */
export type TrigramPostings = ReadonlyMap<string, ReadonlySet<unknown>>;

/**
 * Splits the loaded shards' entries: the trigram field's postings by themselves, the rest for
 * MiniSearch. The trigrams are only looked up: a MiniSearch search of them would score every
 * post that holds one, on every query, work a set lookup does not need.
 */
export function takeTrigrams(
  entries: readonly IndexEntry[],
  documents: Pick<IndexJson, "fieldIds" | "documentIds">,
): { entries: IndexEntry[]; trigrams: TrigramPostings } {
  const field = String(documents.fieldIds[TRIGRAM_FIELD]);
  const rest: IndexEntry[] = [];
  const trigrams = new Map<string, Set<unknown>>();
  for (const [term, data] of entries) {
    const { [field]: posts, ...others } = data;
    if (posts)
      trigrams.set(
        term,
        new Set(Object.keys(posts).map((n) => documents.documentIds[n])),
      );
    if (Object.keys(others).length > 0) rest.push([term, others]);
  }
  return { entries: rest, trigrams };
}
