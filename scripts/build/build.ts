import { exitCodeOf, stallSecondsFrom, watchedBuild } from "./watchedBuild";

/**
 * `npm run build`: `gatsby build` (with any arguments given after `--`), failing with the
 * stalled phase named when it stops making progress (scripts/build/watchedBuild.ts).
 */
async function main(): Promise<void> {
  const result = await watchedBuild({
    cwd: process.cwd(),
    args: process.argv.slice(2),
    stallSeconds: stallSecondsFrom(process.env),
    output: "inherit",
  });
  if (result.stall !== undefined) console.error(`\n${result.stall}`);
  process.exitCode = exitCodeOf(result);
}

void main();
