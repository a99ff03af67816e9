import type { GatsbyNode } from "gatsby";
import { writeSearchIndex } from "./searchIndex";

/**
 * `gatsby build` writes the index before the pages, as the posts are all known by then and
 * gatsby/onPostBuild.ts belongs to the pages' HTML. Drafts are left out, as of every page.
 * (`gatsby develop` writes it from gatsby/createPages.ts, drafts included.)
 */
export const onPreBuild: GatsbyNode["onPreBuild"] = (args) =>
  writeSearchIndex(args, false);
