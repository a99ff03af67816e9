/**
 * Excerpts of plain text (the output of markdownToText) for listings and meta descriptions.
 * Lengths are in code points, so a Hangul syllable (one code point in NFC) counts once; a
 * word is what lies between spaces, which in Korean is the eojeol.
 */

const ELLIPSIS = "…";
const LETTER = /[\p{L}\p{N}]/u;
// Punctuation that reads as "more follows" and looks broken before "…". Closing brackets,
// quotes, "?" and "!" stay: dropping them would change or unbalance the text.
const TRAILING = /[\s,，、·・:;\-–—/|.。…]+$/u;

/** The first `count` code points of `text`. */
function codePoints(text: string, count: number): string {
  let end = 0;
  for (let n = 0; n < count && end < text.length; n++) {
    end += (text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
  }
  return text.slice(0, end);
}

/**
 * Every run of whitespace as one space. The pattern leaves lone spaces alone rather than
 * replacing each with itself: in Korean prose every fourth or fifth character is one, and each
 * match costs more than the scan.
 */
function flatten(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\s{2,}|[^\S ]/gu, " ")
    .trim();
}

/**
 * At most `maxLength` code points of `text`, cut at the last space, plus "…" when cut. Empty
 * only when the text has no letter or digit; a first word longer than `maxLength` (a long URL,
 * an unbroken Hangul run) is cut mid-word.
 */
export function excerpt(text: string, maxLength = 160): string {
  const limit = Math.max(1, Math.floor(maxLength));
  // Flatten only the start of a long post; fall back to all of it if that leaves too little.
  const window = text.slice(0, limit * 4 + 256);
  let flat = flatten(window);
  let firstLetter = flat.search(LETTER);
  const enough =
    firstLetter !== -1 && flat.length - firstLetter > limit * 2 + 16;
  if (window.length < text.length && !enough) {
    flat = flatten(text);
    firstLetter = flat.search(LETTER);
  }
  if (firstLetter === -1) return "";
  // Leading punctuation longer than the limit would leave nothing to show but "…".
  const from = LETTER.test(codePoints(flat, limit))
    ? flat
    : flat.slice(firstLetter);
  const head = codePoints(from, limit);
  if (head.length === from.length) return from;
  const space = head.lastIndexOf(" ");
  const words =
    from[head.length] === " " || space <= 0 ? head : head.slice(0, space);
  const trimmed = words.replace(TRAILING, "");
  return (
    (LETTER.test(trimmed) ? trimmed : head.replace(TRAILING, "")) + ELLIPSIS
  );
}

/** The author's description when there is one, else an excerpt of the post's text. */
export function summaryOf(
  description: string | null | undefined,
  text: string,
): string {
  const own = description?.normalize("NFC").trim() ?? "";
  return own === "" ? excerpt(text) : own;
}
