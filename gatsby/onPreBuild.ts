import type { GatsbyNode } from "gatsby";
import { startSearchIndex } from "./search/searchIndex";
import { startPreviewCards } from "./previewCards/previewCards";

/**
 * `gatsby build` starts the search index here, from the posts createPages read (drafts left
 * out, as of every page), on a worker thread that runs while Gatsby bundles and renders.
 */
export const onPreBuild: GatsbyNode["onPreBuild"] = ({ reporter }) => {
  startSearchIndex(reporter);
  // The preview cards (gatsby/previewCards/previewCards.ts) likewise, on a thread of their own.
  startPreviewCards(reporter);
};
