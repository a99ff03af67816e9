import type { GatsbyNode } from "gatsby";
import { searchIndexJob, writeSearchIndex } from "./searchIndex";

let writing: Promise<void> | null = null;

/**
 * `gatsby build` starts the search index here, as the posts are all known by then, on a worker
 * thread that runs while Gatsby bundles and renders; gatsby/onPostBuild.ts waits for it. Drafts
 * are left out, as of every page. (`gatsby develop` writes it from gatsby/createPages.ts,
 * drafts included.)
 */
export const onPreBuild: GatsbyNode["onPreBuild"] = async (args) => {
  const job = await searchIndexJob(args, false);
  writing = job && writeSearchIndex(job, args.reporter);
};

/** Waits for the index onPreBuild started (which reports how it went). */
export async function searchIndexWritten(): Promise<void> {
  const started = writing;
  writing = null;
  await started;
}
