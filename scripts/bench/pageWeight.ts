import { gzipSync } from "node:zlib";

export type AssetKind = "js" | "css";

export interface PageAssets {
  /** Same-site files the page makes the browser fetch on first view, by URL path. */
  files: { kind: AssetKind; url: string }[];
  /** Scripts and styles written into the HTML itself. */
  inline: { kind: AssetKind; text: string }[];
}

export interface Sizes {
  raw: number;
  gzip: number;
  count: number;
}

export interface PageWeight {
  html: Sizes;
  js: Sizes;
  css: Sizes;
}

const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "iu")
    .exec(tag)
    ?.slice(1)
    .find((value) => value !== undefined);

// JSON-LD and Gatsby's JSON blobs are data, not code the browser runs.
const isJavaScript = (type: string | undefined) =>
  !type || /^(text\/javascript|application\/javascript|module)$/iu.test(type);

/** The JS and CSS an HTML page loads before anything is clicked. */
export function pageAssets(html: string): PageAssets {
  const files: PageAssets["files"] = [];
  const inline: PageAssets["inline"] = [];
  const add = (kind: AssetKind, url: string | undefined) => {
    if (
      url &&
      !/^(https?:)?\/\//iu.test(url) &&
      !files.some((f) => f.url === url)
    )
      files.push({ kind, url });
  };
  for (const [, attrs = "", body = ""] of html.matchAll(
    /<script\b([^>]*)>([\s\S]*?)<\/script>/giu,
  )) {
    if (!isJavaScript(attribute(attrs, "type"))) continue;
    const src = attribute(attrs, "src");
    if (src) add("js", src);
    else if (body.trim()) inline.push({ kind: "js", text: body });
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/giu)) {
    const rel = (attribute(tag, "rel") ?? "").toLowerCase().split(/\s+/u);
    const as = attribute(tag, "as");
    const href = attribute(tag, "href");
    if (
      rel.includes("stylesheet") ||
      (rel.includes("preload") && as === "style")
    )
      add("css", href);
    else if (
      rel.includes("modulepreload") ||
      (rel.includes("preload") && as === "script")
    )
      add("js", href);
  }
  for (const [, body = ""] of html.matchAll(
    /<style\b[^>]*>([\s\S]*?)<\/style>/giu,
  ))
    if (body.trim()) inline.push({ kind: "css", text: body });
  return { files, inline };
}

const none = (): Sizes => ({ raw: 0, gzip: 0, count: 0 });

function addBytes(sizes: Sizes, bytes: Buffer): void {
  sizes.raw += bytes.length;
  sizes.gzip += gzipSync(bytes).length;
  sizes.count += 1;
}

/**
 * HTML bytes and the JS and CSS a first view loads, raw and gzip. Each file and each inline
 * block is gzipped on its own, as each is sent or parsed on its own. `read` gives a file of the
 * built site by URL path, or null when it is not there (which is an error: the page is broken).
 */
export function pageWeight(
  html: string,
  read: (url: string) => Buffer | null,
): PageWeight {
  const weight: PageWeight = { html: none(), js: none(), css: none() };
  addBytes(weight.html, Buffer.from(html));
  const { files, inline } = pageAssets(html);
  for (const { kind, url } of files) {
    const bytes = read(url);
    if (!bytes)
      throw new Error(
        `The page refers to ${url}, which the build did not write`,
      );
    addBytes(weight[kind], bytes);
  }
  for (const { kind, text } of inline)
    addBytes(weight[kind], Buffer.from(text));
  return weight;
}
