/**
 * The markdown syntax src/content/markdownText.ts strips, as patterns: block markers, inline
 * markup, links, HTML and entities. Apart so the text pass reads as the steps it takes.
 */

// Placeholders for text already final (inline code, escapes, URLs), so later regexes skip it.
export const OPEN = "\uE000";
export const CLOSE = "\uE001";
export const PLACEHOLDER = /\uE000(\d+)\uE001/gu;

export const FENCE_OPEN = /^(`{3,})[^`]*$|^(~{3,})/u;
export const FENCE_CLOSE = /^(`{3,}|~{3,})\s*$/u;
export const CONTAINER = /^\s*(?:>\s*)*/u;
export const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?:\s+(?:\[[ xX]\]\s+)?|$)/u;
export const HEADING = /^#{1,6}(?:\s+|$)/u;
export const HEADING_CLOSE = /\s+#+\s*$/u;
export const RULE = /^(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}|=+\s*|-+\s*)$/u;
export const TABLE_SEPARATOR = /^[\s|:-]*\|[\s|:-]*$/u;
export const FOOTNOTE_DEFINITION = /^\[\^[^\]]+\]:\s*/u;
export const DEFINITION = /^\[([^\]]+)\]:\s*\S/u;
export const CODE_SPAN = /(`+)(?!`)([^`]|[^`][\s\S]*?[^`])\1(?!`)/gu;
export const ESCAPE = /\\([!-/:-@[-`{-~])/gu;
/** A `$$` line that opens display math (remark-math's flow math), and one that closes it. */
export const MATH_FENCE_OPEN = /^(\${2,})[^$]*$/u;
export const MATH_FENCE_CLOSE = /^(\${2,})\s*$/u;
/** `$…$`, `$$…$$`: opened and closed by the same number of dollars, as remark-math reads them. */
export const MATH = /(?<!\$)(\$+)(?!\$)([^$]|[^$][\s\S]*?[^$])\1(?!\$)/gu;
const SPACE = /\s/u;
const DIGIT = /[0-9]/u;

/**
 * Whether `$…$` as written, followed by the character `next`, is math: Pandoc's rule, which
 * plugins/gatsby-remark-math renders by (`isTextMath` there; a test holds the two together).
 * Repeated rather than imported, as that module loads KaTeX.
 */
export function isTextMath(raw: string, next: string | undefined): boolean {
  if (raw.startsWith("$$")) return true;
  const inner = raw.slice(1, -1);
  return (
    inner !== "" &&
    !SPACE.test(inner[0] ?? "") &&
    !SPACE.test(inner[inner.length - 1] ?? "") &&
    !DIGIT.test(next ?? "")
  );
}

export const HIDDEN_OPEN = /<!--|<(script|style)\b/iu;

const LABEL = String.raw`((?:[^\[\]]|\[[^\[\]]*\])*)`;
const TARGET = String.raw`\(\s*(?:<[^<>\n]*>|(?:[^()\s]|\([^()\s]*\))*)(?:\s+(?:"[^"]*"|'[^']*'|\([^()]*\)))?\s*\)`;
export const IMAGE = new RegExp(
  String.raw`!\[${LABEL}\](?:${TARGET}|\[[^\]]*\])`,
  "gu",
);
export const LINK = new RegExp(String.raw`\[${LABEL}\](?:${TARGET}|\[[^\]]*\])`, "gu");
export const SHORTCUT = /(!?)\[([^\]]+)\](?![(:[])/gu;
export const FOOTNOTE = /\[\^[^\]\s]+\]/gu;
export const AUTOLINK =
  /<([a-z][a-z\d+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)>/giu;
export const BARE_URL = /\bhttps?:\/\/[^\s<>]+/gu;
export const BREAK_TAG = /<br\s*\/?>/giu;
export const TAG = /<\/?[a-z][\w.:-]*(?:\s[^<>]*)?\/?>/giu;
export const STARS = /(\*{1,3}|~~)(?=\S)([^\n]*?\S)\1/gu;
export const UNDERSCORES =
  /(?<![\p{L}\p{N}_])(_{1,3})(?=\S)([^\n]*?\S)\1(?![\p{L}\p{N}_])/gu;
export const ENTITY = /&(lt|gt|amp|quot|#39|nbsp);/gu;
export const ENTITIES: Readonly<Record<string, string>> = {
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  "#39": "'",
  nbsp: " ",
};

/** ASCII letters and Hangul syllables, which start no block syntax and are never whitespace. */
export function startsWithLetter(line: string): boolean {
  const unit = line.charCodeAt(0);
  return (
    (unit >= 0x61 && unit <= 0x7a) ||
    (unit >= 0x41 && unit <= 0x5a) ||
    (unit >= 0xac00 && unit <= 0xd7a3)
  );
}

export const normalizeLabel = (label: string): string =>
  label.trim().replace(/\s+/gu, " ").toLowerCase();

