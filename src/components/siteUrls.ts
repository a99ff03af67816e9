import { withPrefix } from "gatsby";
import { absoluteUrl } from "../seo/metaTags";
import { blogConfig } from "../../blog.config";

/**
 * Where the site lives: a build with a path prefix (GitHub Pages, see gatsby-config.ts) is
 * served below the origin. Computed here once for the Head, the share links and the pages'
 * speculation rules.
 */

/** The path prefix without its trailing slash: "" or e.g. "/blog". */
export const pathPrefix = (): string => withPrefix("/").replace(/\/$/u, "");

/** The site's root URL: the origin, then the prefix. */
export const siteRoot = (): string => `${blogConfig.siteUrl}${pathPrefix()}`;

/** A page's canonical address: the site's root and the path, encoded. */
export function canonicalUrl(path: string): string {
  return absoluteUrl(siteRoot(), path);
}
