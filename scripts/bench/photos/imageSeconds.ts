import { gatsbyPhases } from "../gatsbyPhases";

/**
 * Seconds of a build's image work from its log: gatsby-plugin-sharp's "Running
 * gatsby-plugin-sharp.IMAGE_PROCESSING jobs" (from the first job to the last one done, beside
 * the queries), or any phase of another image plugin that names images or jobs; for this blog,
 * the line gatsby-remark-photos ends a build with ("photos: 20 encoded in 9.8 s, …", first
 * encode to last, inside the queries). Null when the log has none.
 */
export function imageSeconds(log: string): number | null {
  const ours = /photos: \d+ encoded in ([\d.]+) s/u.exec(log);
  if (ours) return Number(ours[1]);
  if (/photos: 0 encoded,/u.test(log)) return 0;
  const phases = gatsbyPhases(log).filter((p) => /image|jobs/iu.test(p.phase));
  return phases.length === 0
    ? null
    : phases.reduce((sum, p) => sum + p.seconds, 0);
}
