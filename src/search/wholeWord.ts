import type { SearchResult } from "minisearch";
import type { QueryWord } from "./tokenize";
import { trigramsOf, type TrigramPostings } from "./trigrams";

interface Form {
  terms: readonly string[];
  /** Its trigrams; none when every match is whole (one bigram or one syllable). */
  trigrams: readonly string[];
}

/** Whether a result matched some form of a word, but none of them whole. */
function onlyPartial(
  result: SearchResult,
  forms: readonly Form[],
  postings: TrigramPostings,
): boolean {
  const matched = forms.filter(({ terms }) =>
    terms.every((term) => result.terms.includes(term)),
  );
  return (
    matched.length > 0 &&
    !matched.some(({ trigrams }) =>
      trigrams.every((trigram) => postings.get(trigram)?.has(result.id)),
    )
  );
}

/**
 * A post with the whole word a reader typed before posts with only its syllable pairs: `부산역`
 * finds `부산역 맛집` before a post that says `부산` often and `울산역` once (see trigrams.ts).
 * Results go in tiers by how many of the query's Hangul words they match only in part, fewest
 * first, each tier in the engine's order (score, then date: the sort is stable). Tiers rather
 * than a bonus to the score, so no number of repetitions of `부산` outweighs one `부산역`.
 * Latin words, 초성 and words of one bigram are whole whenever they match, so queries of those
 * keep the engine's order.
 */
export function wholeWordsFirst(
  words: readonly QueryWord[],
  results: SearchResult[],
  postings: TrigramPostings,
): SearchResult[] {
  const checked = words.flatMap((word) => {
    if (word.kind !== "hangul") return [];
    const forms = word.alternatives.map((terms) => ({
      terms,
      trigrams: trigramsOf(terms),
    }));
    return forms.some(({ trigrams }) => trigrams.length > 0) ? [forms] : [];
  });
  if (checked.length === 0) return results;
  const partial = results.map(
    (result) =>
      checked.filter((forms) => onlyPartial(result, forms, postings)).length,
  );
  if (partial.every((count) => count === partial[0])) return results;
  return results
    .map((result, i) => ({ result, partial: partial[i] ?? 0 }))
    .sort((a, b) => a.partial - b.partial)
    .map(({ result }) => result);
}
