import os from "node:os";

/**
 * Where `gatsby build` runs its page queries. With more than one core Gatsby runs them in child
 * processes ("run queries in workers"), each asking the main process over IPC for the image
 * jobs its queries create and waiting for the answer; on two cores that is one worker while the
 * main process waits for it. That hand-off is where Gatsby's builds have been seen to wait
 * forever, both processes idle (gatsbyjs/gatsby#34051; docs/benchmarks.md, "Builds that
 * stall"). With two cores or fewer the worker brings no parallelism, so the queries run in the
 * main process (GATSBY_CPU_COUNT=1, which on such a machine changes nothing else: HTML is still
 * rendered in one worker). An owner's own GATSBY_CPU_COUNT is left as it is.
 */
export function queryProcessEnv(
  env: NodeJS.ProcessEnv,
  cores = os.availableParallelism(),
): Record<string, string> {
  if (env.GATSBY_CPU_COUNT !== undefined || cores > 2) return {};
  return { GATSBY_CPU_COUNT: "1" };
}
