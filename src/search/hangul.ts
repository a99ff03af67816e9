/**
 * The little Korean morphology search needs: syllables, their initial consonants (초성) and
 * particles (조사). A full morphological analyser (mecab-ko, khaiii) is a native binary or a
 * multi-megabyte dictionary, too heavy for a browser; bigrams plus particle stripping find what
 * a reader types without one.
 */

const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
/** Syllables per initial consonant: 21 vowels × 28 finals (Unicode 3.12, Hangul syllables). */
const PER_INITIAL = 588;
const INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";

export const HANGUL_RUN = /[\uac00-\ud7a3]+/u;
/** A word typed as initial consonants only, `ㅅㅂㄹㅅ` (compatibility jamo, as keyboards type). */
export const INITIALS_WORD = /^[\u3131-\u314e]+$/u;

export function isSyllable(char: string): boolean {
  const code = char.charCodeAt(0);
  return code >= SYLLABLE_FIRST && code <= SYLLABLE_LAST;
}

/** `서버리스` → `ㅅㅂㄹㅅ`; characters that are not syllables are left out. */
export function initialsOf(word: string): string {
  let out = "";
  for (const char of word) {
    if (!isSyllable(char)) continue;
    const index = Math.floor(
      (char.charCodeAt(0) - SYLLABLE_FIRST) / PER_INITIAL,
    );
    out += INITIALS[index] ?? "";
  }
  return out;
}

/**
 * Particles and particle pairs that follow a noun, longest first so `에서는` goes before `는`.
 * One-syllable endings that are as often the end of a noun (`나`, `라`, `란`) are left out;
 * stripping is a guess anyway, and the unstripped word is always searched too.
 */
const PARTICLES = (
  "에서부터 으로부터 에서는 에서도 에서의 에게는 에게서 으로는 으로도 으로서 으로써 이라는 " +
  "까지는 부터는 이라고 한테서 에서 에게 한테 께서 까지 부터 처럼 보다 마다 으로 이나 이랑 " +
  "하고 로서 로써 로는 로도 라는 라고 에는 에도 와는 과는 이란 이다 이고 이며 조차 밖에 만큼 " +
  "은 는 이 가 을 를 의 에 도 만 와 과 로 께 랑 뿐"
)
  .split(" ")
  .sort((a, b) => b.length - a.length);

// Looked up by suffix length rather than by scanning the list: the index tokenizes every
// Hangul word of every post, and the scan was its slowest step (docs/benchmarks.md).
const PARTICLE_SET = new Set(PARTICLES);
const PARTICLE_LENGTHS = [...new Set(PARTICLES.map((p) => p.length))];

export function isParticle(word: string): boolean {
  return PARTICLE_SET.has(word);
}

/** The longest particle that ends `word` and leaves at least one syllable before it. */
function trailingParticle(word: string): string | undefined {
  for (const length of PARTICLE_LENGTHS) {
    if (word.length <= length) continue;
    const tail = word.slice(-length);
    if (PARTICLE_SET.has(tail)) return tail;
  }
  return undefined;
}

/**
 * The word without one or two trailing particles, shortest last: `데이터에서는` →
 * [`데이터에서`, `데이터`]. At least one syllable is always left.
 */
export function stems(word: string): string[] {
  const out: string[] = [];
  let rest = word;
  for (let round = 0; round < 2; round++) {
    const particle = trailingParticle(rest);
    if (!particle) break;
    rest = rest.slice(0, -particle.length);
    out.push(rest);
  }
  return out;
}

/** Overlapping two-syllable pieces: `스크립트` → [`스크`, `크립`, `립트`]; one syllable stays whole. */
export function bigrams(word: string): string[] {
  if (word.length < 2) return [word];
  const out: string[] = [];
  for (let i = 0; i + 2 <= word.length; i++) out.push(word.slice(i, i + 2));
  return out;
}
