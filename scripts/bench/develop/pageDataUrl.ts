/**
 * Where `gatsby develop` serves a page's data: `/page-data/<path>/page-data.json`, the home
 * page's under `index`. Our post paths are Hangul (`/bench/00051-서버`), sent percent-encoded
 * as a browser sends them.
 */
export function pageDataUrl(origin: string, pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+|\/+$/gu, "");
  return `${origin}/page-data/${encodeURI(trimmed || "index")}/page-data.json`;
}

/** The page itself, with the trailing slash the blog's URLs have. */
export function pageUrl(origin: string, pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+|\/+$/gu, "");
  return `${origin}/${trimmed ? `${encodeURI(trimmed)}/` : ""}`;
}
