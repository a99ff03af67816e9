import { setFlagsFromString } from "node:v8";

/**
 * How far V8 lets a heap grow past what it held after a full garbage collection before it
 * collects again: 1.5× here. On a machine with more than 8 GB, Node's heap limit is 4 GB and
 * V8 then allows up to 4× — in a build, that is room for garbage nobody collects: Gatsby's main
 * process sits all but idle while its worker runs the queries, holding what sourcing and webpack
 * left behind, and the worker's heap grows the same way. This keeps a 10,000-post build under
 * its memory target; the price is more collections (both measured in docs/benchmarks.md).
 */
export const HEAP_GROWING_PERCENT = 50;

/**
 * Sets it for this process. gatsby-config.ts calls this, as Gatsby loads the config in its main
 * process and in each worker it starts. V8 reads the flag at each collection, so setting it
 * after start-up takes effect. It cannot go in NODE_OPTIONS (Node refuses it there), and a
 * build started as `gatsby build` would not see our npm script's settings anyway.
 */
export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
