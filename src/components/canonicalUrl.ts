import { withPrefix } from "gatsby";
import { absoluteUrl } from "../seo/metaTags";
import { blogConfig } from "../../blog.config";

/** A page's canonical address: the site's origin, the path prefix if any, the path encoded. */
export function canonicalUrl(path: string): string {
  const prefix = withPrefix("/").replace(/\/$/u, "");
  return absoluteUrl(`${blogConfig.siteUrl}${prefix}`, path);
}
