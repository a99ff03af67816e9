/**
 * Every URL the site has is computed here, once, for both the pages gatsby-node creates and
 * every link to them — two copies of a slug function are how category links 404
 * (gatsby-starter-lumen v1 had exactly that bug).
 */

/** Characters a post `path` may not hold: they end, escape or split a URL path. */
const FORBIDDEN_IN_PATH = /[\s?#%\\]/u;

/**
 * Why a frontmatter `path` is unusable, or `null` when it is fine. Checked on the NFC form.
 */
export function postPathProblem(path: string): string | null {
  if (!path.startsWith("/")) return "a path that starts with /";
  if (path.startsWith("//")) return "a path that starts with a single /";
  if (FORBIDDEN_IN_PATH.test(path))
    return "a path without spaces, ?, #, % or \\";
  if (path.split("/").some((segment) => segment === ".." || segment === ".")) {
    return "a path without . or .. segments";
  }
  return null;
}

/** The page path of a post: NFC, with the trailing slash Gatsby's `trailingSlash: "always"` uses. */
export function normalizePostPath(path: string): string {
  const nfc = path.normalize("NFC");
  return nfc.endsWith("/") ? nfc : `${nfc}/`;
}

/**
 * Paths with the same key differ only in letter case, Unicode form or trailing slash: they land
 * in one folder on a case-insensitive disk (macOS, Windows), so one page would overwrite the other.
 */
export function pathKey(path: string): string {
  return normalizePostPath(path).toLowerCase();
}

/** Symbols that carry meaning in technical names; spelled out so `C#` and `C` stay apart. */
const SPELLED_OUT: ReadonlyArray<[RegExp, string]> = [
  [/\+/gu, " plus "],
  [/#/gu, " sharp "],
  [/&/gu, " and "],
];

/**
 * The URL slug of a category or tag name: NFC, Hangul kept, Latin lower-cased, every run of
 * anything that is not a letter, mark, digit or `_` turned into one `-`. May be empty (a name of
 * only punctuation): the frontmatter schema rejects such names.
 */
export function termSlug(name: string): string {
  let slug = name.normalize("NFC").toLowerCase();
  for (const [pattern, words] of SPELLED_OUT)
    slug = slug.replace(pattern, words);
  return slug.replace(/[^\p{L}\p{M}\p{N}_]+/gu, "-").replace(/^-+|-+$/gu, "");
}

/** A listing's URL for page `page` (1-based): `/`, `/page/2/`, `/category/x/page/3/`. */
export function listingPath(basePath: string, page: number): string {
  return page <= 1 ? basePath : `${basePath}page/${page}/`;
}

export const homePath = (page = 1): string => listingPath("/", page);

export const categoriesIndexPath = "/categories/";
export const seriesIndexPath = "/series/";
export const tagsIndexPath = "/tags/";
export const archivePath = "/archive/";

export const categoryPath = (name: string, page = 1): string =>
  listingPath(`/category/${termSlug(name)}/`, page);

/** A series is one page: its posts, oldest first. */
export const seriesPath = (name: string): string =>
  `/series/${termSlug(name)}/`;
export const tagPath = (name: string, page = 1): string =>
  listingPath(`/tag/${termSlug(name)}/`, page);

/** The search page; a query is its `q` parameter, so a result list can be linked. */
export const searchPagePath = "/search/";

export function searchPageUrl(query: string): string {
  const trimmed = query.trim();
  return trimmed
    ? `${searchPagePath}?q=${encodeURIComponent(trimmed)}`
    : searchPagePath;
}

export function queryOf(search: string): string {
  return new URLSearchParams(search).get("q") ?? "";
}
