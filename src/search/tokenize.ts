import {
  bigrams,
  INITIALS_WORD,
  initialsOf,
  isParticle,
  stems,
} from "./hangul";

/**
 * Our tokenizer, the same for the index (at build time) and the query (in the browser), so a
 * word is cut the same way on both sides. MiniSearch's default splits on spaces and punctuation,
 * which leaves `서버리스는` one word that `서버리스` never matches.
 *
 * Hangul is indexed as overlapping bigrams (the usual answer for CJK without a dictionary): a
 * word inside a compound shares its bigrams (`스크립트` in `타입스크립트`), and a word with a
 * particle attached contains every bigram of the bare word. Queries strip particles, so
 * `서버리스는` also looks for `서버리스`. Other scripts are whole lower-cased words.
 */

/** NFC, so text saved or typed on macOS (NFD) matches; lower case for Latin. */
export function normalize(text: string): string {
  return text.normalize("NFC").toLowerCase();
}

type Script = "hangul" | "jamo" | "other";

export interface Word {
  text: string;
  script: Script;
}

const RUN = /[\p{L}\p{N}]+/gu;
const SEGMENT =
  /[\uac00-\ud7a3]+|[\u3131-\u318e]+|[^\uac00-\ud7a3\u3131-\u318e]+/gu;

/** The script of a UTF-16 code unit, in SEGMENT's three classes. */
const scriptOfCode = (code: number): Script =>
  code >= 0xac00 && code <= 0xd7a3
    ? "hangul"
    : code >= 0x3131 && code <= 0x318e
      ? "jamo"
      : "other";

/**
 * The words of a text, split where the script changes (`React로` → `react`, `로`). A particle
 * glued to a Latin word or a number (`Lambda로`, `S3에서`) is dropped: it is not a word.
 */
export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const [run] of normalize(text).matchAll(RUN)) {
    let previous: Script | null = null;
    for (const [segment] of run.matchAll(SEGMENT)) {
      const script = scriptOfCode(segment.charCodeAt(0));
      const glued =
        script === "hangul" && previous === "other" && isParticle(segment);
      if (!glued) out.push({ text: segment, script });
      previous = script;
    }
  }
  return out;
}

/**
 * Visits the words of a text as `words` gives them, cut in one pass over each run's characters
 * instead of a second regular expression and an object per word: the index cuts every word of
 * every post twice (bigrams, trigrams), and the old way was a third of its time.
 * __tests__/search/tokenize.test.ts holds the two ways equal.
 */
export function forEachWord(
  text: string,
  visit: (word: string, script: Script) => void,
): void {
  for (const [run] of normalize(text).matchAll(RUN)) {
    let previous: Script | null = null;
    let start = 0;
    while (start < run.length) {
      const script = scriptOfCode(run.charCodeAt(start));
      let end = start + 1;
      while (end < run.length && scriptOfCode(run.charCodeAt(end)) === script)
        end++;
      const word = run.slice(start, end);
      if (!(script === "hangul" && previous === "other" && isParticle(word)))
        visit(word, script);
      previous = script;
      start = end;
    }
  }
}

/**
 * Index terms of a field's text: each Hangul word's bigrams (and the word's one-syllable stem
 * when it is a one-syllable noun with particles, so `책을` is indexed as `책` too), each other
 * word whole. Jamo (half-typed syllables) are not words and are left out.
 */
export function indexTokens(text: string): string[] {
  const out: string[] = [];
  forEachWord(text, (word, script) => {
    if (script === "other") out.push(word);
    else if (script === "hangul") {
      if (word.length < 2) out.push(word);
      else
        for (let i = 0; i + 2 <= word.length; i++)
          out.push(word.slice(i, i + 2));
      for (const stem of stems(word)) if (stem.length === 1) out.push(stem);
    }
  });
  return out;
}

/** Index terms for 초성 search of a title: `서버리스는` → `ㅅㅂㄹㅅㄴ`, `ㅅㅂㄹㅅ`. */
export function initialsTokens(title: string): string[] {
  const out = new Set<string>();
  for (const { text, script } of words(title)) {
    if (script !== "hangul") continue;
    for (const form of [text, ...stems(text)]) {
      const initials = initialsOf(form);
      if (initials.length >= 2) out.add(initials);
    }
  }
  return [...out];
}

export type QueryWord =
  /** Each alternative is a form of the word (as typed, without particles); all its terms must match. */
  | { kind: "hangul"; text: string; alternatives: string[][]; stem: string }
  | { kind: "latin"; text: string }
  | { kind: "initials"; text: string };

/**
 * The forms of a typed word to look for. With a stem of two syllables or more, only the
 * shortest such stem: the word as typed adds nothing it does not find, and its junction bigram
 * (`에서`, `스는`) is among the most frequent terms, the largest download of the index. With a
 * shorter stem (`책을`, `사이다` → `사`) the stripping may be wrong, so every form is tried.
 */
function forms(word: string, stripped: string[]): string[] {
  const long = stripped.filter((stem) => stem.length >= 2);
  return long.length > 0 ? long.slice(-1) : [word, ...stripped];
}

/** What a query asks for, word by word. */
export function parseQuery(query: string): QueryWord[] {
  const out: QueryWord[] = [];
  for (const { text, script } of words(query)) {
    if (script === "other") out.push({ kind: "latin", text });
    else if (script === "hangul") {
      const stripped = stems(text);
      out.push({
        kind: "hangul",
        text,
        alternatives: forms(text, stripped).map(bigrams),
        stem: stripped.at(-1) ?? text,
      });
    } else if (INITIALS_WORD.test(text) && text.length >= 2) {
      out.push({ kind: "initials", text });
    }
    // A lone jamo is a syllable still being typed: nothing to look for yet.
  }
  return out;
}

/** Every index term a query may touch, to know which shards to fetch. */
export function queryTerms(query: QueryWord[]): string[] {
  return query.flatMap((word) =>
    word.kind === "hangul" ? word.alternatives.flat() : [word.text],
  );
}
