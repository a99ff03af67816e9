import type { GatsbyNode } from "gatsby";
import { startSearchIndex } from "./searchIndex";

let finishSearchIndex: (() => Promise<void>) | null = null;

/**
 * `gatsby build` starts the search index here, as the posts are all known by then, on a worker
 * thread that runs while Gatsby bundles and renders; gatsby/onPostBuild.ts waits for it. Drafts
 * are left out, as of every page. (`gatsby develop` writes it from gatsby/createPages.ts,
 * drafts included.)
 */
export const onPreBuild: GatsbyNode["onPreBuild"] = async (args) => {
  finishSearchIndex = await startSearchIndex(args, false);
};

/** Waits for the index onPreBuild started, and reports it (or its failure). */
export async function searchIndexWritten(): Promise<void> {
  const finish = finishSearchIndex;
  finishSearchIndex = null;
  await finish?.();
}
