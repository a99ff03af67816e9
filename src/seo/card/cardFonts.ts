import { readFileSync } from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";

/**
 * The faces preview cards are drawn in, bundled from npm so every machine draws the same card
 * (no system fonts): Pretendard (OFL-1.1; Hangul and Latin in one family) first, then Noto
 * Sans KR (OFL-1.1) for what Pretendard lacks, chiefly hanja. Noto comes in @fontsource's
 * unicode-range pieces, and a card loads only the pieces its text needs. A character neither
 * face has is left off the card rather than drawn as a box (`drawableText`).
 */

export type CardWeight = 400 | 700;

export interface CardFont {
  name: string;
  data: Buffer;
  weight: CardWeight;
  style: "normal";
}

export const PRIMARY_FAMILY = "Pretendard";
export const FALLBACK_FAMILY = "Noto Sans KR";

const moduleDir = (name: string) =>
  path.dirname(
    require.resolve(`${name}/package.json`, { paths: [process.cwd()] }),
  );

const PRETENDARD_FILES: Record<CardWeight, string> = {
  400: "Pretendard-Regular.otf",
  700: "Pretendard-Bold.otf",
};

interface Piece {
  file: string;
  ranges: Array<[number, number]>;
}

/** @fontsource's `<weight>.css`: one @font-face per piece, each with its woff and unicode-range. */
function fallbackPieces(weight: CardWeight): Piece[] {
  const dir = moduleDir("@fontsource/noto-sans-kr");
  const css = readFileSync(path.join(dir, `${weight}.css`), "utf8");
  const pieces: Piece[] = [];
  for (const face of css.split("@font-face").slice(1)) {
    const file = /url\(\.\/(files\/[^)]+\.woff)\)/u.exec(face)?.[1];
    const ranges = /unicode-range:\s*([^;]+);/u.exec(face)?.[1];
    if (!file || !ranges) continue;
    pieces.push({
      file: path.join(dir, file),
      ranges: ranges.split(",").map((range) => {
        const [from = "0", to = from] = range
          .trim()
          .replace(/^U\+/iu, "")
          .split("-");
        return [parseInt(from, 16), parseInt(to, 16)];
      }),
    });
  }
  return pieces;
}

/** The card's faces, read once a process. */
export class CardFonts {
  private readonly primary = new Map<
    CardWeight,
    { data: Buffer; font: fontkit.Font }
  >();
  private readonly pieces = new Map<CardWeight, Piece[]>();
  private readonly pieceFonts = new Map<
    string,
    { data: Buffer; font: fontkit.Font }
  >();

  constructor() {
    const dir = path.join(moduleDir("pretendard"), "dist/public/static");
    for (const weight of [400, 700] as const) {
      const data = readFileSync(path.join(dir, PRETENDARD_FILES[weight]));
      this.primary.set(weight, {
        data,
        font: fontkit.create(data) as fontkit.Font,
      });
      this.pieces.set(weight, fallbackPieces(weight));
    }
  }

  private primaryFont(weight: CardWeight): fontkit.Font {
    const loaded = this.primary.get(weight);
    if (!loaded) throw new Error(`no card font of weight ${weight}`);
    return loaded.font;
  }

  private piece(codePoint: number, weight: CardWeight) {
    const piece = this.pieces
      .get(weight)
      ?.find(({ ranges }) =>
        ranges.some(([from, to]) => codePoint >= from && codePoint <= to),
      );
    if (!piece) return null;
    let loaded = this.pieceFonts.get(piece.file);
    if (!loaded) {
      const data = readFileSync(piece.file);
      loaded = { data, font: fontkit.create(data) as fontkit.Font };
      this.pieceFonts.set(piece.file, loaded);
    }
    return loaded.font.hasGlyphForCodePoint(codePoint)
      ? { file: piece.file, ...loaded }
      : null;
  }

  /** Which face draws a character: the primary, the fallback piece's file, or none. */
  faceOf(char: string, weight: CardWeight): "primary" | string | null {
    const codePoint = char.codePointAt(0) ?? 0;
    if (this.primaryFont(weight).hasGlyphForCodePoint(codePoint))
      return "primary";
    return this.piece(codePoint, weight)?.file ?? null;
  }

  /** The text without characters no face can draw (emoji, scripts neither face covers). */
  drawableText(text: string, weight: CardWeight): string {
    return Array.from(text.normalize("NFC"))
      .filter((char) => /\s/u.test(char) || this.faceOf(char, weight) !== null)
      .join("")
      .replace(/\s+/gu, " ")
      .trim();
  }

  private readonly advances = new Map<string, number>();

  /**
   * Width of drawable text at a size, in pixels: the sum of each character's advance in the
   * face that draws it. Hangul has no kerning, and a Latin pair's is a pixel or two: too little
   * to move a line break, while shaping every candidate line cost more than drawing the card.
   */
  measure(text: string, weight: CardWeight, size: number): number {
    let ems = 0;
    for (const char of text) {
      const key = `${weight}${char}`;
      let advance = this.advances.get(key);
      if (advance === undefined) {
        const face = this.faceOf(char, weight);
        const font =
          face === null || face === "primary"
            ? this.primaryFont(weight)
            : this.pieceFonts.get(face)?.font;
        const codePoint = char.codePointAt(0) ?? 0;
        advance = font
          ? font.glyphForCodePoint(codePoint).advanceWidth / font.unitsPerEm
          : 0;
        this.advances.set(key, advance);
      }
      ems += advance;
    }
    return ems * size;
  }

  private readonly fontLists = new Map<string, CardFont[]>();

  /**
   * The faces satori needs to draw these texts: both primary weights and any pieces used. The
   * same list object for the same faces: satori keeps the fonts it parsed by that object, and
   * parsing the Hangul faces costs more than drawing a card.
   */
  fontsFor(
    texts: ReadonlyArray<{ text: string; weight: CardWeight }>,
  ): CardFont[] {
    const fonts = this.collectFonts(texts);
    const key = fonts.map((font) => `${font.name}/${font.weight}`).join("|");
    const known = this.fontLists.get(key);
    if (known) return known;
    this.fontLists.set(key, fonts);
    return fonts;
  }

  private collectFonts(
    texts: ReadonlyArray<{ text: string; weight: CardWeight }>,
  ): CardFont[] {
    const fonts: CardFont[] = [];
    for (const [weight, { data }] of this.primary) {
      fonts.push({ name: PRIMARY_FAMILY, data, weight, style: "normal" });
    }
    const added = new Set<string>();
    for (const { text, weight } of texts) {
      for (const char of text) {
        const face = this.faceOf(char, weight);
        if (face === null || face === "primary" || added.has(face)) continue;
        added.add(face);
        const data = this.pieceFonts.get(face)?.data;
        // A name each: satori draws with one font per name and weight, and every piece holds
        // other characters.
        if (data)
          fonts.push({
            name: `${FALLBACK_FAMILY} ${path.basename(face, ".woff")}`,
            data,
            weight,
            style: "normal",
          });
      }
    }
    return fonts;
  }
}
