import { parentPort, workerData } from "node:worker_threads";
import { writeSearchIndexFiles, type PostFile } from "./searchIndexFiles";

/** What gatsby/searchIndex.ts hands the worker thread. */
export interface SearchIndexJob {
  posts: PostFile[];
  includeDrafts: boolean;
  publicDir: string;
}

// The entry of the worker thread that gatsby/searchIndex.ts bundles and starts.
const job = workerData as SearchIndexJob;
try {
  parentPort?.postMessage({
    ok: true,
    written: writeSearchIndexFiles(job.posts, job.includeDrafts, job.publicDir),
  });
} catch (error) {
  parentPort?.postMessage({
    ok: false,
    message:
      error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
}
