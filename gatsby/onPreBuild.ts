import type { GatsbyNode } from "gatsby";
import { takePlannedSearchIndex, writeSearchIndex } from "./searchIndex";

let writing: Promise<void> | null = null;

/**
 * `gatsby build` starts the search index here, from the posts createPages read (drafts left
 * out, as of every page), on a worker thread that runs while Gatsby bundles and renders;
 * gatsby/onPostBuild.ts waits for it. (`gatsby develop` writes it from gatsby/createPages.ts,
 * drafts included.)
 */
export const onPreBuild: GatsbyNode["onPreBuild"] = ({ reporter }) => {
  const job = takePlannedSearchIndex();
  writing = job && writeSearchIndex(job, reporter);
};

/** Waits for the index onPreBuild started (which reports how it went). */
export async function searchIndexWritten(): Promise<void> {
  const started = writing;
  writing = null;
  await started;
}
