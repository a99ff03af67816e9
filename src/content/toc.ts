/**
 * A post's table of contents, read from the post's own rendered HTML.
 *
 * Why not transformer-remark's `tableOfContents` and `headings` fields: asked for in the same
 * query as `html`, the three resolvers start at once, each misses the not-yet-written AST cache,
 * and each parses the markdown again — three parses a post, measured as two thirds of the time
 * `gatsby build` spent running queries (docs/benchmarks.md). Reading the headings back from the
 * HTML costs one regular-expression pass, and the links are the very ids and hrefs that
 * gatsby-remark-autolink-headers gave the headings, so they cannot disagree.
 */

export interface TocEntry {
  /** 2 for <h2>, 3 for <h3>, … */
  depth: number;
  /** The fragment link, as the heading's own anchor has it (`#%EA%B5%AC%EC%A1%B0`). */
  href: string;
  /** The heading's inner HTML without links: inline code and emphasis stay. */
  html: string;
  children: TocEntry[];
}

const HEADING = /<h([1-6])\b([^>]*)>([\s\S]*?)<\/h\1>/gu;
const ID_ATTRIBUTE = /\bid="([^"]*)"/u;
/** The permalink gatsby-remark-autolink-headers puts first in a heading. */
const AUTOLINK = /^\s*<a\b[^>]*\bclass="anchor[^"]*"[^>]*>[\s\S]*?<\/a>/u;
const HREF_ATTRIBUTE = /\bhref="([^"]*)"/u;
const LINK_TAG = /<\/?a\b[^>]*>/gu;

const ENTITY = /&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/giu;
const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

/** An attribute value as written in HTML, decoded (React writes it escaped again). */
export function decodeAttribute(value: string): string {
  return value.replace(ENTITY, (whole, hex, dec, name) => {
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    if (dec) return String.fromCodePoint(parseInt(dec, 10));
    return NAMED[String(name).toLowerCase()] ?? whole;
  });
}

/**
 * The headings of `html` from <h2> to `<h{maxDepth}>` that carry an id, nested as the post nests
 * them: an <h3> goes under the <h2> before it; one with no such parent stays at the top.
 */
export function tableOfContents(html: string, maxDepth = 4): TocEntry[] {
  const top: TocEntry[] = [];
  const open: TocEntry[] = [];
  for (const match of html.matchAll(HEADING)) {
    const depth = Number(match[1]);
    const id = ID_ATTRIBUTE.exec(match[2] ?? "")?.[1];
    if (depth < 2 || depth > maxDepth || !id) continue;
    const inner = match[3] ?? "";
    const anchor = AUTOLINK.exec(inner)?.[0];
    const href = decodeAttribute(
      (anchor && HREF_ATTRIBUTE.exec(anchor)?.[1]) ??
        `#${encodeURIComponent(decodeAttribute(id))}`,
    );
    const entry: TocEntry = {
      depth,
      href,
      html: inner
        .slice(anchor?.length ?? 0)
        .replace(LINK_TAG, "")
        .trim(),
      children: [],
    };
    while (open.length > 0 && (open.at(-1)?.depth ?? 0) >= depth) open.pop();
    (open.at(-1)?.children ?? top).push(entry);
    open.push(entry);
  }
  return top;
}

/** How many entries, nested ones included. */
export function tocSize(entries: readonly TocEntry[]): number {
  return entries.reduce((n, entry) => n + 1 + tocSize(entry.children), 0);
}
