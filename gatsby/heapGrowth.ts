import { setFlagsFromString } from "node:v8";

/**
 * How far V8 lets a heap grow past what it held after a full garbage collection before it
 * collects again: 1.5× here. On a machine with more than 8 GB, Node's heap limit is 4 GB and
 * V8 then allows up to 4× — in a build, that is room for garbage nobody collects: Gatsby's main
 * process sits all but idle while its worker runs the queries, holding what webpack left behind,
 * and the worker's heap grows the same way. At 10,000 posts that was 1.6 GB of a 4.1 GB peak
 * (docs/benchmarks.md).
 *
 * Not while Gatsby sources the posts: its main process then makes garbage fast and keeps more
 * and more nodes, and collecting at 1.5× made that phase ~1.5× slower at 10,000 posts. The peak
 * comes after it. So: Gatsby's workers from the start, the main process from onPreBuild.
 */
export const HEAP_GROWING_PERCENT = 50;

/**
 * Sets it for this process; V8 reads it at each collection, so setting it after start-up takes
 * effect. The flag cannot go in NODE_OPTIONS (Node refuses it there), and a build started as
 * `gatsby build` would not see our npm script's settings anyway.
 */
export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

/**
 * For gatsby-config.ts, which Gatsby loads in its main process and in each worker it starts
 * (gatsby-worker numbers them in GATSBY_WORKER_ID): limits a worker's heap from its start.
 */
export function limitWorkerHeapGrowth(): void {
  if (process.env.GATSBY_WORKER_ID) limitHeapGrowth();
}
