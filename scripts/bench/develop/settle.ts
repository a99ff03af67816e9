import type { Develop } from "./developServer";

/**
 * Waits until develop's processes have used at most `ticks` of CPU in each of two windows running
 * (a second each: 5 % of a core), or `timeoutSeconds` have passed; says whether they got quiet.
 * Develop's work after a start or a save (the first page-data flush of every page, our search
 * index) goes on after the page answers, and a save during a flush can be lost: Gatsby drops a
 * flush asked for while one runs (`flush` in gatsby/dist/utils/page-data.js returns early when
 * `isFlushing`), and the page keeps its old page-data until something else runs the queries.
 */
export async function settle(
  develop: Pick<Develop, "cpuTicks" | "exited">,
  { ticks = 5, timeoutSeconds = 120, windowMs = 1000 } = {},
): Promise<boolean> {
  const deadline = performance.now() + timeoutSeconds * 1000;
  let quiet = 0;
  let before = develop.cpuTicks();
  while (performance.now() < deadline && develop.exited() === undefined) {
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const now = develop.cpuTicks();
    quiet = now - before <= ticks ? quiet + 1 : 0;
    before = now;
    if (quiet >= 2) return true;
  }
  return false;
}
