import path from "node:path";
import { Worker } from "node:worker_threads";
import { buildSync } from "esbuild";
import type { CreatePagesArgs } from "gatsby";
import type { PostFields } from "../src/lib/post";
import { postFieldsSelection } from "./createSchemaCustomization";
import type { PostFile, WrittenIndex } from "./searchIndexFiles";
import type { SearchIndexJob } from "./searchIndexWorker";

interface SearchSourcesData {
  allMarkdownRemark: {
    nodes: Array<{
      fields: { sourceFile: string; post: PostFields | null } | null;
    }>;
  };
}

const query = `
  query SearchSources {
    allMarkdownRemark {
      nodes {
        fields {
          sourceFile
          post {
            ${postFieldsSelection}
          }
        }
      }
    }
  }
`;

type WorkerReply =
  { ok: true; written: WrittenIndex } | { ok: false; message: string };

/**
 * The worker's code: gatsby/searchIndexWorker.ts and what it imports, bundled by esbuild
 * (~0.1 s) because Gatsby compiles gatsby-node's TypeScript into one file a thread cannot start.
 */
let bundled: string | null = null;
function workerSource(): string {
  // Once a process: develop writes the index on every save, and gatsby/ edits restart it.
  if (bundled !== null) return bundled;
  const { outputFiles } = buildSync({
    entryPoints: [path.resolve("gatsby/searchIndexWorker.ts")],
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    write: false,
    logLevel: "silent",
  });
  bundled = outputFiles[0]?.text ?? "";
  return bundled;
}

function runWorker(job: SearchIndexJob): Promise<WrittenIndex> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerSource(), { eval: true, workerData: job });
    worker.once("message", (reply: WorkerReply) =>
      reply.ok ? resolve(reply.written) : reject(new Error(reply.message)),
    );
    worker.once("error", reject);
    worker.once("exit", (code) =>
      reject(new Error(`the search index worker stopped (exit ${code})`)),
    );
  });
}

type Args = Pick<CreatePagesArgs, "graphql" | "reporter" | "store">;
type Reporter = CreatePagesArgs["reporter"];

/**
 * What the index needs, read from GraphQL inside the Node API that asks (the query must run
 * there): each post's fields and where its file is — only that, as the worker reads the bodies
 * one at a time. `null` when the query failed, which is reported.
 */
export async function searchIndexJob(
  { graphql, reporter, store }: Args,
  includeDrafts: boolean,
): Promise<SearchIndexJob | null> {
  const { data, errors } = await graphql<SearchSourcesData>(query);
  if (errors || !data) {
    reporter.panicOnBuild(
      "Could not read the posts for the search index",
      errors,
    );
    return null;
  }
  const { directory } = store.getState().program;
  const posts: PostFile[] = data.allMarkdownRemark.nodes.flatMap(
    ({ fields }) =>
      fields?.post
        ? [
            {
              post: fields.post,
              file: path.resolve(directory, fields.sourceFile),
            },
          ]
        : [],
  );
  return { posts, includeDrafts, publicDir: path.join(directory, "public") };
}

/**
 * Writes the search index into public/search-index/ (src/lib/search/buildIndex.ts) on a worker
 * thread and reports the result; never rejects. Building the index takes ~3 s at 1,000 posts
 * and ~50 s at 10,000; on its own thread that happens while Gatsby compiles and renders on the
 * main one. The files are plain files no page links to or bundles: a reader's browser fetches
 * them only on search.
 */
export async function writeSearchIndex(
  job: SearchIndexJob,
  reporter: Reporter,
): Promise<void> {
  try {
    const { files, bytes, seconds, removed } = await runWorker(job);
    reporter.info(
      `Search index: ${files} files, ${(bytes / 1e6).toFixed(1)} MB, in ${seconds.toFixed(1)} s on a worker thread` +
        (removed > 0 ? `; removed ${removed} older index folders` : ""),
    );
  } catch (error) {
    reporter.panicOnBuild(
      "Could not write the search index",
      error instanceof Error ? error : new Error(String(error)),
    );
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
