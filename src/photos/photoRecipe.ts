import { createHash } from "node:crypto";
import type { SourceFormat } from "./photoRequest";

/**
 * What is made of one photo. The text column is 42rem (src/styles/global.css: `--measure` less
 * its padding), so a reader's screen needs it at 1× (most laptops), 1.5× and 2× (phones and
 * high-density screens); more is bytes nobody sees, unless the author asks (`#full`).
 */
export const COLUMN_WIDTH = 672;
export const COLUMN_SIZES = "(min-width: 44rem) 42rem, calc(100vw - 2rem)";
const DENSITIES = [1, 1.5, 2];

export type OutputFormat = "webp" | "jpeg" | "png";

export interface Size {
  width: number;
  height: number;
}

export interface PhotoRecipe {
  widths: number[];
  /** Modern first: the `<source>`s, then the `<img>`'s own format, which every browser shows. */
  formats: OutputFormat[];
  /** Bumped when the encoder settings change, so cached files made the old way are not reused. */
  encoder: string;
}

/** The encoder's settings, in the key of every cached file (gatsby/photos/encodePhoto.ts uses them). */
export const ENCODER = {
  webp: { quality: 80, effort: 2 },
  jpeg: { quality: 80, progressive: true, mozjpeg: false },
  png: { compressionLevel: 6, adaptiveFiltering: false },
};

/**
 * The widths to make of a photo `originalWidth` wide: the column's at each density, up to twice
 * the column or the photo's own width if narrower (its own width however wide with `full`);
 * never enlarged. A width within a tenth of the largest is left to the largest.
 */
export function photoWidths(originalWidth: number, full = false): number[] {
  const column = DENSITIES.map((density) => Math.round(COLUMN_WIDTH * density));
  const twice = column[column.length - 1] ?? COLUMN_WIDTH;
  const largest = full ? originalWidth : Math.min(originalWidth, twice);
  return [...column.filter((width) => width < largest * 0.9), largest];
}

export function photoRecipe(
  format: SourceFormat,
  originalWidth: number,
  full = false,
): PhotoRecipe {
  return {
    widths: photoWidths(originalWidth, full),
    // A WebP is shown as WebP; a JPEG or PNG also as itself, for a browser without WebP.
    formats: format === "webp" ? ["webp"] : ["webp", format],
    encoder: JSON.stringify(ENCODER),
  };
}

/** The file a recipe makes at `width` in `format`, in the cache and under `/static/<key>/`. */
export function outputName(width: number, format: OutputFormat): string {
  return `${width}.${format === "jpeg" ? "jpg" : format}`;
}

/**
 * A photo's key: its bytes' hash and what is made of it. A changed photo, or other widths or
 * settings, get a new key, and so new URLs: `/static/` is cached for good by the deploy rules.
 */
export function photoKey(contentHash: string, recipe: PhotoRecipe): string {
  return createHash("sha256")
    .update(contentHash)
    .update(JSON.stringify(recipe))
    .digest("hex")
    .slice(0, 20);
}

/** The size the photo shows at in the column: its own if narrower, never enlarged. */
export function displaySize(original: Size): Size {
  const width = Math.min(original.width, COLUMN_WIDTH);
  return {
    width,
    height: Math.max(1, Math.round((original.height * width) / original.width)),
  };
}
