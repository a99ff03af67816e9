import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { CreatePagesArgs } from "gatsby";
import type { PostFields } from "../../src/content/postSchema";
import { searchIndexPaths } from "../../src/search/shards";
import type { WrittenIndex } from "./searchIndexFiles";
import type { SearchIndexJob, SearchIndexWork } from "./searchIndexWorker";
import { searchTermsDir } from "./searchTermsCache";
import { workerSource } from "../workerBundle";

type WorkerReply =
  { ok: true; written: WrittenIndex } | { ok: false; message: string };

function runWorker(job: SearchIndexJob): Promise<WrittenIndex> {
  return new Promise((resolve, reject) => {
    const code = workerSource("search/searchIndexWorker.ts");
    // The terms cache is only good for the code that filled it: its digest names the namespace.
    const codeDigest = createHash("sha256").update(code).digest("hex");
    const work: SearchIndexWork = {
      ...job,
      codeDigest: codeDigest.slice(0, 16),
    };
    const worker = new Worker(code, { eval: true, workerData: work });
    worker.once("message", (reply: WorkerReply) =>
      reply.ok ? resolve(reply.written) : reject(new Error(reply.message)),
    );
    worker.once("error", reject);
    worker.once("exit", (code) =>
      reject(new Error(`the search index worker stopped (exit ${code})`)),
    );
  });
}

type Reporter = CreatePagesArgs["reporter"];

/**
 * What the index needs: each post's fields and where its file is — only that, as the worker
 * reads the bodies one at a time. Made from the posts createPages has already read, so the
 * index asks GraphQL for nothing of its own.
 */
export function searchIndexJob(
  posts: ReadonlyArray<{ file: string; post: PostFields }>,
  directory: string,
  includeDrafts: boolean,
): SearchIndexJob {
  return {
    posts: posts.map(({ file, post }) => ({
      post,
      file: path.resolve(directory, file),
    })),
    includeDrafts,
    publicDir: path.join(directory, "public"),
    termsDir: searchTermsDir(directory),
  };
}

/**
 * Writes the search index into public/search-index/ (src/search/buildIndex.ts) on a worker
 * thread and reports the result; never rejects. Building the index takes seconds at 1,000
 * posts and much longer at 10,000 (docs/benchmarks.md); on its own thread that happens while
 * Gatsby compiles and renders on the main one. The files are plain files no page links to or
 * bundles: a reader's browser fetches them only on search. Resolves to whether it worked.
 */
async function writeSearchIndex(
  job: SearchIndexJob,
  reporter: Reporter,
): Promise<boolean> {
  try {
    const { files, bytes, seconds, removed, textsKept, cached, tokenized } =
      await runWorker(job);
    reporter.info(
      `Search index: ${files} files written, ${(bytes / 1e6).toFixed(1)} MB, in ${seconds.toFixed(1)} s on a worker thread` +
        (textsKept > 0 ? `, ${textsKept} posts' texts unchanged` : "") +
        `; ${tokenized} posts tokenized, ${cached} from the cache` +
        (removed > 0 ? `; removed ${removed} older files and folders` : ""),
    );
    return true;
  } catch (error) {
    reporter.panicOnBuild(
      "Could not write the search index",
      error instanceof Error ? error : new Error(String(error)),
    );
    return false;
  }
}

let developRun: Promise<void> | null = null;
let developNext: { job: SearchIndexJob; reporter: Reporter } | null = null;

/**
 * `gatsby develop`: rewrites the index after a post changed, without holding up the page the
 * author is looking at (createPages does not wait). One rewrite at a time; saves that come
 * while one runs are folded into a single rewrite with the newest posts after it.
 */
export function refreshSearchIndex(
  job: SearchIndexJob,
  reporter: Reporter,
): Promise<void> {
  developNext = { job, reporter };
  developRun ??= (async () => {
    while (developNext) {
      const next = developNext;
      developNext = null;
      await writeSearchIndex(next.job, next.reporter);
    }
    developRun = null;
  })();
  return developRun;
}

/** Resolves once develop's rewrites (refreshSearchIndex) are all done. */
export function searchIndexRefreshed(): Promise<void> {
  return developRun ?? Promise.resolve();
}

/**
 * The index's life in `gatsby build`, in one place. createPages hands over the posts it read
 * (`handOverPosts`); onPreBuild starts the worker thread (`startSearchIndex`), which runs while
 * Gatsby bundles and renders; onPostBuild waits for it (`searchIndexWritten`). A step that
 * finds the one before it missing fails the build: a site whose search finds nothing must not
 * pass. (`gatsby develop` has no onPreBuild: createPages refreshes the index itself.)
 */
let handedOver: SearchIndexJob | null = null;
let writing: { job: SearchIndexJob; done: Promise<boolean> } | null = null;

const lifecycleHelp =
  "gatsby/search/searchIndex.ts; createPages hands over the posts, onPreBuild starts the index, onPostBuild waits for it";

export function handOverPosts(
  job: SearchIndexJob,
  develop: boolean,
  reporter: Reporter,
): void {
  if (develop) void refreshSearchIndex(job, reporter);
  else handedOver = job;
}

export function startSearchIndex(reporter: Reporter): void {
  const job = handedOver;
  handedOver = null;
  if (!job) {
    reporter.panicOnBuild(
      `The search index was not started: createPages handed over no posts (${lifecycleHelp})`,
    );
    return;
  }
  writing = { job, done: writeSearchIndex(job, reporter) };
}

export async function searchIndexWritten(reporter: Reporter): Promise<void> {
  const started = writing;
  writing = null;
  if (!started) {
    reporter.panicOnBuild(
      `The search index was never started, so none was written (${lifecycleHelp})`,
    );
    return;
  }
  // A failure has been reported already, with its cause.
  if (!(await started.done)) return;
  const meta = path.join(started.job.publicDir, searchIndexPaths.meta);
  if (!existsSync(meta)) {
    reporter.panicOnBuild(
      `The search index was not written: ${path.relative(process.cwd(), meta)} is missing (${lifecycleHelp})`,
    );
  }
}
