import { readdirSync } from "node:fs";
import path from "node:path";
import type { BenchSite } from "./benchSites";
import type { Measured } from "./benchTable";
import { measure } from "./measure";

function htmlCount(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) =>
    f.endsWith(".html"),
  ).length;
}

/** Runs the site's build command and measures it; its output goes to bench-<label>.log. */
export async function timedBuild(
  site: BenchSite,
  label: string,
): Promise<Measured> {
  const [command = "", ...args] = site.build;
  const logFile = path.join(site.dir, `bench-${label}.log`);
  const run = await measure(command, args, {
    cwd: site.dir,
    env: site.env,
    logFile,
  });
  if (run.code !== 0)
    throw new Error(
      `${site.name} ${label} build failed (exit ${run.code}); see ${logFile}`,
    );
  const pages = htmlCount(path.join(site.dir, "public"));
  console.log(
    `  ${site.name} ${label}: ${run.wallSeconds.toFixed(1)} s wall, ${run.cpuSeconds.toFixed(1)} s CPU, ` +
      `${Math.round(run.peakRssBytes / 2 ** 20)} MB peak, ${pages} pages`,
  );
  return { ...run, pages };
}

/** Runs the site's clean command (`gatsby clean`, or Hugo's folders removed). */
export async function cleanSite(
  site: BenchSite,
  label = "clean",
): Promise<void> {
  const [command = "", ...args] = site.clean;
  await measure(command, args, {
    cwd: site.dir,
    env: site.env,
    logFile: path.join(site.dir, `bench-${label}.log`),
  });
}
