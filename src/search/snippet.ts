import { isSyllable } from "./hangul";
import type { QueryWord } from "./tokenize";

/** A piece of text, marked when it is what the reader searched for. */
export interface Segment {
  text: string;
  mark: boolean;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/**
 * What to mark in a result: each Korean word without its particles (`서버리스는` marks
 * `서버리스` wherever it is), each Latin word and the index words it matched by prefix or typo
 * (`typ` marks `typescript`). `null` when there is nothing to mark (a 초성 query).
 */
export function highlightPattern(
  words: readonly QueryWord[],
  matchedTerms: readonly string[] = [],
): RegExp | null {
  const needles = new Set<string>();
  for (const word of words) {
    if (word.kind === "hangul") needles.add(word.stem);
    if (word.kind === "latin") needles.add(word.text);
  }
  for (const term of matchedTerms) {
    if (!isSyllable(term) && !/^[\u3131-\u318e]/u.test(term)) needles.add(term);
  }
  if (needles.size === 0) return null;
  const alternatives = [...needles]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|");
  return new RegExp(alternatives, "giu");
}

/** `text` cut into marked and unmarked pieces. */
export function highlight(text: string, pattern: RegExp | null): Segment[] {
  const source = text.normalize("NFC");
  if (!pattern) return source ? [{ text: source, mark: false }] : [];
  const out: Segment[] = [];
  let at = 0;
  for (const match of source.matchAll(pattern)) {
    if (match.index > at)
      out.push({ text: source.slice(at, match.index), mark: false });
    out.push({ text: match[0], mark: true });
    at = match.index + match[0].length;
  }
  if (at < source.length) out.push({ text: source.slice(at), mark: false });
  return out;
}

/** Characters shown before the first match, so it is read in its sentence. */
const LEAD = 40;

/**
 * About `length` characters of the first text that contains a match, around that match, cut at
 * spaces, with "…" where text was left out; the start of the first text when nothing matches.
 */
export function snippet(
  texts: readonly string[],
  pattern: RegExp | null,
  length = 160,
): Segment[] {
  const candidates = texts
    .map((t) => t.normalize("NFC").replace(/\s+/gu, " ").trim())
    .filter((t) => t !== "");
  let text = candidates[0] ?? "";
  let index = 0;
  for (const candidate of candidates) {
    const match = pattern ? candidate.search(pattern) : -1;
    if (match !== -1) {
      text = candidate;
      index = match;
      break;
    }
  }
  let start = Math.max(0, index - LEAD);
  const space = text.indexOf(" ", start);
  if (start > 0 && space !== -1 && space < index) start = space + 1;
  let end = Math.min(text.length, start + length);
  const lastSpace = text.lastIndexOf(" ", end);
  if (end < text.length && lastSpace > index) end = lastSpace;
  const cut = `${start > 0 ? "…" : ""}${text.slice(start, end)}${end < text.length ? "…" : ""}`;
  return highlight(cut, pattern);
}
