import type { GatsbyNode } from "gatsby";
import { searchIndexWritten } from "./onPreBuild";

/**
 * The build is done once the search index onPreBuild started on a worker thread is written.
 * (Pages lose Gatsby's runtime as they are rendered: gatsby-ssr.tsx, src/lib/staticHtml.ts.)
 */
export const onPostBuild: GatsbyNode["onPostBuild"] = () =>
  searchIndexWritten();
