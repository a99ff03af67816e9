import { gatsbyPhases } from "../gatsbyPhases";

/**
 * Seconds of a build's image phases from its log: gatsby-plugin-sharp's "Running
 * gatsby-plugin-sharp.IMAGE_PROCESSING jobs" (from the first job to the last one done, beside
 * the queries), or any phase of another image plugin that names images or jobs. Null when the
 * log has none, as when a plugin does its work inside the queries.
 */
export function imageSeconds(log: string): number | null {
  const phases = gatsbyPhases(log).filter((p) => /image|jobs/iu.test(p.phase));
  return phases.length === 0
    ? null
    : phases.reduce((sum, p) => sum + p.seconds, 0);
}
