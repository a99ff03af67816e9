import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * The colour tokens of src/styles/global.css, read the way a browser would pick them: the light
 * `:root` block, and the dark theme, which is written twice (for the system setting without
 * JavaScript, and for the toggle's data-theme).
 */

export type Tokens = Record<string, string>;

const css = readFileSync(
  path.resolve(__dirname, "../../src/styles/global.css"),
  "utf8",
);

function block(selector: string): string {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no "${selector} {" block in global.css`);
  return css.slice(start, css.indexOf("}", start));
}

export function tokensOf(text: string): Tokens {
  const tokens: Tokens = {};
  for (const [, name, value] of text.matchAll(
    /(--[\w-]+):\s*(#[0-9a-f]{6})\s*;/giu,
  ))
    tokens[name as string] = (value as string).toLowerCase();
  return tokens;
}

/** Each token's declaration with the comment after it, as written. */
export function notesOf(text: string): { name: string; note: string }[] {
  return [
    ...text.matchAll(/(--[\w-]+):\s*#[0-9a-f]{6};\s*\/\*([^*]*)\*\//giu),
  ].map(([, name, note]) => ({
    name: name as string,
    note: (note as string).trim(),
  }));
}

export const light = block(":root");
export const darkBySystem = block(':root:not([data-theme="light"])');
export const darkByToggle = block(':root[data-theme="dark"]');

function channel(hex: string, at: number): number {
  const c = parseInt(hex.slice(at, at + 2), 16) / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function luminance(hex: string): number {
  return (
    0.2126 * channel(hex, 1) +
    0.7152 * channel(hex, 3) +
    0.0722 * channel(hex, 5)
  );
}

/** WCAG 2.x contrast ratio of two opaque #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi as number) + 0.05) / ((lo as number) + 0.05);
}

/** `color-mix(in srgb, top share%, bottom)` for opaque colours, as #rrggbb. */
export function mix(top: string, share: number, bottom: string): string {
  let out = "#";
  for (const at of [1, 3, 5]) {
    const value =
      parseInt(top.slice(at, at + 2), 16) * share +
      parseInt(bottom.slice(at, at + 2), 16) * (1 - share);
    out += Math.round(value).toString(16).padStart(2, "0");
  }
  return out;
}
