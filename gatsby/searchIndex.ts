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
function workerSource(): string {
  const { outputFiles } = buildSync({
    entryPoints: [path.resolve("gatsby/searchIndexWorker.ts")],
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    write: false,
    logLevel: "silent",
  });
  return outputFiles[0]?.text ?? "";
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

/**
 * Starts writing the search index into public/search-index/ (src/lib/search/buildIndex.ts) on
 * a worker thread, and returns at once with what finishes it. Building the index takes ~3 s
 * at 1,000 posts and ~50 s at 10,000; on its own thread that happens while Gatsby compiles and
 * renders on the main one. The files are plain files no page links to or bundles: a reader's browser fetches them
 * only on search.
 */
export async function startSearchIndex(
  { graphql, reporter, store }: Args,
  includeDrafts: boolean,
): Promise<() => Promise<void>> {
  const { data, errors } = await graphql<SearchSourcesData>(query);
  if (errors || !data) {
    reporter.panicOnBuild(
      "Could not read the posts for the search index",
      errors,
    );
    return async () => {};
  }
  const { directory } = store.getState().program;
  // Only the fields and where each file is: the worker reads the bodies one at a time.
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
  const publicDir = path.join(directory, "public");
  const writing = runWorker({ posts, includeDrafts, publicDir }).then(
    (written) => ({ written }),
    (error: unknown) => ({ error }),
  );
  return async () => {
    const result = await writing;
    if ("error" in result) {
      const { error } = result;
      reporter.panicOnBuild(
        "Could not write the search index",
        error instanceof Error ? error : new Error(String(error)),
      );
      return;
    }
    const { files, bytes, seconds, removed } = result.written;
    reporter.info(
      `Search index: ${files} files, ${(bytes / 1e6).toFixed(1)} MB, in ${seconds.toFixed(1)} s on a worker thread` +
        (removed > 0 ? `; removed ${removed} older index folders` : ""),
    );
  };
}
