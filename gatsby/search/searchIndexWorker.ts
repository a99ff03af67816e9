import { parentPort, workerData } from "node:worker_threads";
import { writeSearchIndexFiles, type PostFile } from "./searchIndexFiles";
import { openTermsCache } from "./searchTermsCache";

/** What gatsby/search/searchIndex.ts hands the worker thread. */
export interface SearchIndexJob {
  posts: PostFile[];
  includeDrafts: boolean;
  publicDir: string;
  /** The terms cache's folder (gatsby/search/searchTermsCache.ts). */
  termsDir: string;
}

/** The job, and the digest of the worker's code that names the cache's namespace. */
export interface SearchIndexWork extends SearchIndexJob {
  codeDigest: string;
}

// The entry of the worker thread that gatsby/search/searchIndex.ts bundles and starts.
const job = workerData as SearchIndexWork;
try {
  parentPort?.postMessage({
    ok: true,
    written: writeSearchIndexFiles(
      job.posts,
      job.includeDrafts,
      job.publicDir,
      openTermsCache(job.termsDir, job.codeDigest),
    ),
  });
} catch (error) {
  parentPort?.postMessage({
    ok: false,
    message:
      error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
}
