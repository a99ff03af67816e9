/**
 * The headers each file of `public/` is served with, by its path inside `public/`.
 * Cache rules are Gatsby's: https://www.gatsbyjs.com/docs/how-to/previews-deploys-hosting/caching/
 */

/** Revalidated on every request: the file keeps its name when its content changes. */
export const REVALIDATE = "public, max-age=0, must-revalidate";
/** Cached for a year and never revalidated: a new build gives changed content a new name. */
export const IMMUTABLE = "public, max-age=31536000, immutable";

/**
 * webpack's `[contenthash]` (20 hex digits in Gatsby 5) before the extension:
 * `app-034974a2eea594946c9e.js`, `styles.87177d6f4860afd24991.css`, and their source maps.
 */
const HASHED_ROOT_ASSET = /^[^/]+[-.][0-9a-f]{20}\.(?:js|css)(?:\.map)?$/u;

export function cacheControl(file: string): string {
  if (file.startsWith("static/")) return IMMUTABLE;
  if (HASHED_ROOT_ASSET.test(file)) return IMMUTABLE;
  // KaTeX's stylesheet and fonts, below its version (src/site/mathStylesheet.ts).
  if (/^katex\/[^/]+\//u.test(file)) return IMMUTABLE;
  // Preview cards and authors' preview images, named by what they show (gatsby/previewCards/previewCards.ts).
  if (/^og\/[^/]+$/u.test(file)) return IMMUTABLE;
  // HTML, page-data/, app-data.json, sw.js and every unhashed file (rss.xml, icons, …).
  return REVALIDATE;
}

/**
 * Hand-written rather than the `mime-types` package: the site has a known, small set of file
 * kinds, and the charset decision (UTF-8 on every text type, so Hangul is never mis-decoded
 * by a browser guessing) is ours anyway.
 */
const TYPES: Readonly<Record<string, string>> = {
  html: "text/html; charset=utf-8",
  css: "text/css; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  mjs: "text/javascript; charset=utf-8",
  json: "application/json; charset=utf-8",
  map: "application/json; charset=utf-8",
  webmanifest: "application/manifest+json; charset=utf-8",
  xml: "application/xml; charset=utf-8",
  txt: "text/plain; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  svg: "image/svg+xml; charset=utf-8",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  avif: "image/avif",
  ico: "image/x-icon",
  woff: "font/woff",
  woff2: "font/woff2",
  ttf: "font/ttf",
  otf: "font/otf",
  pdf: "application/pdf",
  mp4: "video/mp4",
  webm: "video/webm",
  mp3: "audio/mpeg",
  zip: "application/zip",
};

export function contentType(file: string): string {
  const extension = /\.([^./]+)$/u.exec(file)?.[1]?.toLowerCase() ?? "";
  return TYPES[extension] ?? "application/octet-stream";
}

/**
 * Upload order, so that a reader mid-deploy never gets an HTML page whose scripts are not up
 * yet: new-named assets first, then page data (which points at them), HTML last.
 */
export function uploadPhase(file: string): number {
  if (file.endsWith(".html")) return 3;
  if (file === "page-data/app-data.json") return 2;
  if (file.startsWith("page-data/")) return 1;
  return 0;
}
