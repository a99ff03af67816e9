/**
 * The readable plain text of a markdown body (no frontmatter), for reading time, excerpts and
 * search. Hand-written on purpose, not a markdown parser: remark is far too slow for 10,000 posts
 * (see src/authoring/markdownRefs.ts); a line pass and a few whole-text regexes are two orders
 * of magnitude faster (docs/benchmarks.md).
 *
 * Output: one line per source line that has text left, joined by a single "\n" (no blank
 * lines), spaces collapsed within a line. Fenced code, math (`$…$`, `$$…$$`: TeX is not prose),
 * HTML comments, <script>/<style>, images, link targets and all markup are gone; inline code
 * keeps its text. Indented code is kept as
 * prose (rare in posts, and telling it from a nested list needs a real parser).
 */

import {
  OPEN,
  CLOSE,
  PLACEHOLDER,
  FENCE_OPEN,
  FENCE_CLOSE,
  MATH_FENCE_OPEN,
  MATH_FENCE_CLOSE,
  MATH,
  isTextMath,
  CONTAINER,
  LIST_MARKER,
  HEADING,
  HEADING_CLOSE,
  RULE,
  TABLE_SEPARATOR,
  FOOTNOTE_DEFINITION,
  DEFINITION,
  CODE_SPAN,
  ESCAPE,
  HIDDEN_OPEN,
  IMAGE,
  LINK,
  SHORTCUT,
  FOOTNOTE,
  AUTOLINK,
  BARE_URL,
  BREAK_TAG,
  TAG,
  STARS,
  UNDERSCORES,
  ENTITY,
  ENTITIES,
  startsWithLetter,
  normalizeLabel,
} from "./markdownPatterns";

export function markdownToText(markdown: string): string {
  const kept: string[] = [];
  const keep = (text: string): string =>
    `${OPEN}${kept.push(text) - 1}${CLOSE}`;
  const labels = new Set<string>();
  const lines: string[] = [];
  let fence: string | null = null;
  let mathFence: string | null = null;
  let hiddenUntil: string | null = null;
  let inTable = false;
  // Index in `lines` of the previous source line, for a table header seen only in hindsight.
  let previous = -1;

  // Outside `<!-- … -->`, `<script>…</script>` and `<style>…</style>`, which may span lines.
  const visible = (line: string): string => {
    let out = "";
    let rest = line;
    for (;;) {
      if (hiddenUntil !== null) {
        const end = rest.toLowerCase().indexOf(hiddenUntil);
        if (end === -1) return out;
        rest = rest.slice(end + hiddenUntil.length);
        hiddenUntil = null;
      }
      const open = HIDDEN_OPEN.exec(rest);
      if (!open) return out + rest;
      out += rest.slice(0, open.index);
      hiddenUntil = open[1] ? `</${open[1].toLowerCase()}>` : "-->";
      rest = rest.slice(open.index + open[0].length);
    }
  };
  const cells = (line: string): string =>
    line
      .replace(/^\s*\|/u, "")
      .replace(/\|\s*$/u, "")
      .replace(/\|/gu, " ");

  let source = markdown.normalize("NFC");
  // The includes() guards here and below skip a whole-text pass that would find nothing; each
  // pass costs a scan of the text even then, and most posts have no use for most of them.
  if (source.includes(OPEN) || source.includes(CLOSE))
    source = source.replace(/[\uE000\uE001]/gu, "");
  const sourceLines = source.includes("\r")
    ? source.split(/\r?\n|\r/u)
    : source.split("\n");
  for (const raw of sourceLines) {
    const index = lines.length;
    const at = previous;
    previous = -1;
    if (fence !== null) {
      // Only a line that holds the whole opening fence can close it; code lines are many.
      if (!raw.includes(fence)) continue;
      const close = FENCE_CLOSE.exec(raw.replace(CONTAINER, ""))?.[1];
      if (close && close[0] === fence[0] && close.length >= fence.length)
        fence = null;
      continue;
    }
    if (mathFence !== null) {
      const close = MATH_FENCE_CLOSE.exec(raw.replace(CONTAINER, ""))?.[1];
      if (close && close.length >= mathFence.length) mathFence = null;
      continue;
    }
    if (hiddenUntil !== null) {
      const rest = visible(raw);
      if (rest.trim() !== "") lines.push(rest);
      continue;
    }
    if (raw === "") {
      inTable = false;
      continue;
    }
    let line = raw;
    // Most lines are prose; one that starts with a letter can hold none of the block syntax.
    if (!startsWithLetter(line)) {
      line = line.replace(CONTAINER, "");
      if (LIST_MARKER.test(line) && !RULE.test(line))
        line = line.replace(LIST_MARKER, "");
      const marker = FENCE_OPEN.exec(line);
      if (marker) {
        fence = marker[1] ?? marker[2] ?? null;
        continue;
      }
      const math = MATH_FENCE_OPEN.exec(line)?.[1];
      if (math) {
        mathFence = math;
        continue;
      }
      if (line.trim() === "") {
        inTable = false;
        continue;
      }
      if (TABLE_SEPARATOR.test(line) && line.includes("-")) {
        inTable = true;
        if (at !== -1) lines[at] = cells(lines[at] ?? "");
        continue;
      }
      if (RULE.test(line)) continue;
      if (HEADING.test(line))
        line = line.replace(HEADING, "").replace(HEADING_CLOSE, "");
      line = line.replace(FOOTNOTE_DEFINITION, "");
      const label = DEFINITION.exec(line)?.[1];
      if (label !== undefined) {
        labels.add(normalizeLabel(label));
        continue;
      }
    }
    // The includes() guards skip most lines cheaply; they matter on a big blog.
    if (line.includes("`"))
      line = line.replace(CODE_SPAN, (_, _ticks: string, code: string) =>
        keep(code.replace(/\s+/gu, " ").trim()),
      );
    if (line.includes("\\"))
      line = line
        .replace(ESCAPE, (_, char: string) => keep(char))
        .replace(/\\$/u, "");
    // After code spans and escapes, which hide their `$` from it, as they do from remark-math.
    if (line.includes("$"))
      line = line.replace(MATH, (math: string, ...rest: unknown[]) => {
        const [, , at, whole] = rest as [string, string, number, string];
        return isTextMath(math, whole[at + math.length]) ? "" : math;
      });
    if (line.includes("<")) line = visible(line);
    if (inTable || line.startsWith("|")) line = cells(line);
    if (line.trim() === "") continue;
    lines.push(line);
    previous = index;
  }

  let text = lines.join("\n");
  // Each guard is text its pattern cannot match without (see the patterns above). A shortcut
  // link only changes when a definition declared its label; placeholders only exist once kept.
  if (text.includes("![")) text = text.replace(IMAGE, "");
  if (text.includes("[^")) text = text.replace(FOOTNOTE, "");
  if (text.includes("](") || text.includes("]["))
    text = text.replace(LINK, "$1");
  if (labels.size > 0)
    text = text.replace(SHORTCUT, (whole, bang: string, label: string) => {
      if (!labels.has(normalizeLabel(label))) return whole;
      return bang ? "" : label;
    });
  if (text.includes("<"))
    text = text.replace(AUTOLINK, (_, url: string) => keep(url));
  if (text.includes("://")) text = text.replace(BARE_URL, (url) => keep(url));
  if (text.includes("<")) text = text.replace(BREAK_TAG, " ").replace(TAG, "");
  // Twice, for emphasis inside emphasis.
  for (let pass = 0; pass < 2; pass++)
    if (text.includes("*") || text.includes("~~"))
      text = text.replace(STARS, "$2");
  if (text.includes("_")) text = text.replace(UNDERSCORES, "$2");
  if (text.includes("&"))
    text = text.replace(ENTITY, (_, name: string) => ENTITIES[name] ?? "");
  if (kept.length > 0)
    text = text.replace(PLACEHOLDER, (_, i: string) => kept[Number(i)] ?? "");
  // Without tabs and no-break spaces only runs of spaces are left to collapse, and a pattern
  // that starts with two spaces is tried at far fewer places than one that starts at every space.
  text =
    text.includes("\t") || text.includes("\u00a0")
      ? text.replace(/[ \t\u00a0]{2,}|[\t\u00a0]/gu, " ")
      : text.replace(/ {2,}/gu, " ");
  return text.replace(/ \n[ \n]*|\n[ \n]+/gu, "\n").trim();
}
