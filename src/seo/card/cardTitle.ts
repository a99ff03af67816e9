/**
 * A card title's lines. Korean breaks between eojeol (the space-separated words), as
 * `word-break: keep-all` does on the page, never inside one unless a single eojeol is wider
 * than the card; English breaks between words the same way. A title longer than the lines
 * allowed ends in an ellipsis after the last whole word that fits. Pure: the caller measures
 * text in the card's font.
 */

export const ELLIPSIS = "…";

export interface TitleLayout {
  /** Width of a text in the card's title font, in pixels. */
  measure: (text: string) => number;
  maxWidth: number;
  maxLines: number;
}

/** Splits a word wider than a line into pieces that fit, by characters (code points). */
function splitWide(word: string, fits: (text: string) => boolean): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const char of word) {
    if (piece !== "" && !fits(piece + char)) {
      pieces.push(piece);
      piece = char;
    } else piece += char;
  }
  if (piece !== "") pieces.push(piece);
  return pieces;
}

/** Every line the title would take with no limit on their number. */
function allLines(words: string[], fits: (text: string) => boolean): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const joined = line === "" ? word : `${line} ${word}`;
    if (fits(joined)) {
      line = joined;
      continue;
    }
    if (line !== "") lines.push(line);
    if (fits(word)) {
      line = word;
      continue;
    }
    const pieces = splitWide(word, fits);
    line = pieces.pop() ?? "";
    lines.push(...pieces);
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** The last line shown, shortened until it and the ellipsis fit. */
function withEllipsis(line: string, fits: (text: string) => boolean): string {
  let words = line.split(" ");
  while (words.length > 1 && !fits(`${words.join(" ")}${ELLIPSIS}`)) {
    words = words.slice(0, -1);
  }
  let text = words.join(" ");
  // One eojeol too wide even alone: cut it by characters.
  while (text.length > 0 && !fits(`${text}${ELLIPSIS}`)) {
    text = Array.from(text).slice(0, -1).join("");
  }
  return `${text.replace(/[\s,.:;·-]+$/u, "")}${ELLIPSIS}`;
}

export function titleLines(title: string, layout: TitleLayout): string[] {
  const fits = (text: string) => layout.measure(text) <= layout.maxWidth;
  const words = title.split(/\s+/u).filter((w) => w !== "");
  const lines = allLines(words, fits);
  if (lines.length <= layout.maxLines) return lines;
  const shown = lines.slice(0, layout.maxLines);
  const last = shown.length - 1;
  // The next line's first word joins the last one, so the ellipsis says "more follows" after
  // as much of the title as fits.
  shown[last] = withEllipsis(
    `${shown[last] ?? ""} ${lines[layout.maxLines] ?? ""}`,
    fits,
  );
  return shown;
}
