/**
 * Minutes to read a post's plain text (the output of markdownToText, so code is not counted).
 *
 * Korean is read syllable by syllable more than word by word, and other CJK scripts have no
 * spaces at all, so they are counted in characters; everything else in words.
 *
 * - English: 230 words a minute, a little under the 238 wpm that Brysbaert (2019) found for
 *   adults' silent reading of non-fiction in a meta-analysis of 190 studies ("How many words do
 *   we read per minute? A review and meta-analysis of reading rate", Journal of Memory and
 *   Language 109, 104047, https://doi.org/10.1016/j.jml.2019.104047). Blog posts with terms
 *   and numbers in them read like non-fiction, not fiction (260 wpm).
 * - Korean: 500 characters a minute, a convention rather than a measurement: it is the round
 *   figure Korean reading-time estimates commonly use, and Brysbaert's review covers only
 *   languages written in the Latin alphabet. It sits below the ~600 characters a minute that
 *   popular writing quotes for adults, and below the ~590 implied by a small pilot study
 *   (Song, Kim & Hyung 2016, J Korean Ophthalmol Soc 57(4):642: 202 wpm read silently, on
 *   sentences of ~2.9 letters a word), so estimates err long, as the English rate does.
 *   Chinese and Japanese characters use the same rate for want of a better one here.
 */

const KOREAN_CHARS_PER_MINUTE = 500;
const WORDS_PER_MINUTE = 230;

/** Hangul (syllables and jamo), kana and CJK ideographs, by UTF-16 code unit. */
function isCjk(unit: number): boolean {
  return (
    (unit >= 0xac00 && unit <= 0xd7a3) ||
    (unit >= 0x1100 && unit <= 0x11ff) ||
    (unit >= 0x3040 && unit <= 0x30ff) ||
    (unit >= 0x3130 && unit <= 0x318f) ||
    (unit >= 0x3400 && unit <= 0x4dbf) ||
    (unit >= 0x4e00 && unit <= 0x9fff) ||
    (unit >= 0xa960 && unit <= 0xa97f) ||
    (unit >= 0xd7b0 && unit <= 0xd7ff) ||
    (unit >= 0xf900 && unit <= 0xfaff)
  );
}

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const APOSTROPHES = new Set(["'", "\u2019"]);

/**
 * Counted in one pass over code units rather than with \p{Script=…} regexes, which were several
 * times slower over a big blog. A run of letters, digits and inner apostrophes ("don't") is one
 * word; a CJK character ends a word, so "AWS로" is one word and one character.
 */
function count(text: string): { characters: number; words: number } {
  let characters = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (isCjk(unit)) {
      characters++;
      inWord = false;
      continue;
    }
    let char = text[i] ?? "";
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const point = text.codePointAt(i) ?? 0;
      char = String.fromCodePoint(point);
      i++;
      // CJK ideograph extensions B and beyond (planes 2 and 3).
      if (point >= 0x20000 && point <= 0x3ffff) {
        characters++;
        inWord = false;
        continue;
      }
    }
    const letter =
      (unit >= 0x61 && unit <= 0x7a) ||
      (unit >= 0x41 && unit <= 0x5a) ||
      (unit >= 0x30 && unit <= 0x39) ||
      (unit >= 0x80 && WORD_CHAR.test(char));
    if (letter) {
      if (!inWord) words++;
      inWord = true;
    } else if (!(inWord && APOSTROPHES.has(char))) {
      inWord = false;
    }
  }
  return { characters, words };
}

/** Rounded up to a whole minute; 0 when there is no letter or digit to read. */
export function readingMinutes(
  text: string,
  language: "ko" | "en" | null = null,
): number {
  const normalized = text.normalize("NFC");
  // A post in English is read as English: every word at the English rate, Hangul ones too.
  if (language === "en")
    return Math.ceil(
      normalized.split(/\s+/u).filter(Boolean).length / WORDS_PER_MINUTE,
    );
  const { characters, words } = count(normalized);
  // Integer arithmetic, so 5,000 characters are exactly 10 minutes, not 10.000000001.
  return Math.ceil(
    (characters * WORDS_PER_MINUTE + words * KOREAN_CHARS_PER_MINUTE) /
      (KOREAN_CHARS_PER_MINUTE * WORDS_PER_MINUTE),
  );
}
