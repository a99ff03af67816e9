/**
 * The links and images a markdown post refers to, with their line numbers, for the content
 * check. Hand-written on purpose: the remark 13 parser Gatsby uses (micromark 2) is too slow on
 * Korean markdown for the check's time budget at 1,000 posts (docs/benchmarks.md, `npm run
 * bench:check`). Fenced code and inline code are skipped, as the renderer would.
 */

export interface MarkdownRef {
  url: string;
  /** 1-based line in the file, frontmatter included. */
  line: number;
}

export interface MarkdownRefs {
  links: MarkdownRef[];
  images: MarkdownRef[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/u;
const INLINE_CODE = /(`+)[\s\S]*?\1/gu;
const TARGET = String.raw`\(\s*<?([^)\s>]+)>?(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)`;
const IMAGE = new RegExp(String.raw`!\[[^\]]*\]` + TARGET, "gu");
const LINK = new RegExp(String.raw`\[[^\]]*\]` + TARGET, "gu");
const DEFINITION = /^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)>?/u;
const HTML_IMAGE = /<img\b[^>]*?\ssrc\s*=\s*["']([^"']+)["']/giu;
const HTML_LINK = /<a\b[^>]*?\shref\s*=\s*["']([^"']+)["']/giu;
const IMAGE_FILE = /\.(avif|gif|jpe?g|png|svg|webp)$/iu;

/** Where the body starts: after the closing `---` of a frontmatter block, if there is one. */
function bodyStart(lines: string[]): number {
  if (lines[0]?.trim() !== "---") return 0;
  const end = lines.findIndex(
    (line, i) => i > 0 && /^(---|\.\.\.)\s*$/u.test(line),
  );
  return end === -1 ? 0 : end + 1;
}

export function findMarkdownRefs(source: string): MarkdownRefs {
  const lines = source.split(/\r?\n/u);
  const refs: MarkdownRefs = { links: [], images: [] };
  let fence: string | null = null;
  for (let i = bodyStart(lines); i < lines.length; i++) {
    const line = lines[i] ?? "";
    const marker = FENCE.exec(line)?.[1];
    if (fence !== null) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length)
        fence = null;
      continue;
    }
    if (marker) {
      fence = marker;
      continue;
    }
    const text = line.replace(INLINE_CODE, "");
    const at = (url: string): MarkdownRef => ({ url, line: i + 1 });
    for (const m of text.matchAll(IMAGE)) refs.images.push(at(m[1] ?? ""));
    for (const m of text.matchAll(HTML_IMAGE)) refs.images.push(at(m[1] ?? ""));
    // Images out first, so a linked image `[![alt](a.png)](/post)` yields the link /post.
    for (const m of text.replace(IMAGE, "").matchAll(LINK))
      refs.links.push(at(m[1] ?? ""));
    for (const m of text.matchAll(HTML_LINK)) refs.links.push(at(m[1] ?? ""));
    const definition = DEFINITION.exec(text)?.[1];
    if (definition) {
      (IMAGE_FILE.test(definition.split(/[?#]/u)[0] ?? "")
        ? refs.images
        : refs.links
      ).push(at(definition));
    }
  }
  return refs;
}
