import {
  appendFileSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { format } from "prettier";
import { parseBenchArgs, USAGE } from "./benchArgs";
import { bareSite, hugoSite, ourSite, type BenchSite } from "./benchSites";
import {
  buildTable,
  ratioTable,
  weightTable,
  type Measured,
  type SiteResult,
} from "./benchTable";
import { gatsbyPhases } from "./gatsbyPhases";
import { machineLine } from "./machine";
import { measure } from "./measure";
import { pageWeight } from "./pageWeight";

/**
 * `npm run bench -- --sizes 100,1000`: builds one generated corpus per size with this blog, the
 * bare Gatsby yardstick (scripts/bench/bare/) and Hugo (scripts/bench/hugo/), each in a scratch
 * folder, cold (after a clean) and warm (after editing one post), and prints the tables that
 * docs/benchmarks.md keeps. Sites are built one after another so they do not share the CPU.
 */

function htmlCount(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) =>
    f.endsWith(".html"),
  ).length;
}

async function timedBuild(site: BenchSite, label: string): Promise<Measured> {
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

async function benchSite(site: BenchSite, posts: number): Promise<SiteResult> {
  const [command = "", ...args] = site.clean;
  await measure(command, args, {
    cwd: site.dir,
    env: site.env,
    logFile: path.join(site.dir, "bench-clean.log"),
  });
  const cold = await timedBuild(site, "cold");
  // One edited paragraph: the everyday rebuild of a blogger fixing a typo.
  const edited = path.join(site.dir, "content", "posts", site.editedPost);
  writeFileSync(
    edited,
    `${readFileSync(edited, "utf8")}\n고친 문단: 오늘 다시 읽고 한 줄을 고쳤다.\n`,
  );
  const warm = await timedBuild(site, "warm");
  const publicDir = path.join(site.dir, "public");
  const read = (url: string) => {
    const file = path.join(
      publicDir,
      decodeURIComponent(url.split(/[?#]/u)[0] ?? ""),
    );
    try {
      return readFileSync(file);
    } catch {
      return null;
    }
  };
  const weights: SiteResult["weights"] = {};
  for (const [kind, file] of Object.entries(site.pages) as [
    keyof SiteResult["weights"],
    string,
  ][])
    weights[kind] = pageWeight(
      readFileSync(path.join(publicDir, file), "utf8"),
      read,
    );
  return { site: site.name, posts, cold, warm, weights };
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : USAGE);
    process.exit(2);
  }
  const results: SiteResult[] = [];
  const phases: string[] = [];
  for (const posts of args.sizes) {
    console.log(`${posts} posts`);
    const makers = [
      args.skipOurs ? null : ourSite,
      args.skipBare ? null : bareSite,
      args.skipHugo ? null : hugoSite,
    ];
    for (const make of makers) {
      if (!make) continue;
      const site = make(posts);
      try {
        results.push(await benchSite(site, posts));
        if (site.name === "ours") {
          const top = gatsbyPhases(
            readFileSync(path.join(site.dir, "bench-cold.log"), "utf8"),
          ).slice(0, 6);
          phases.push(
            `${posts} posts: ${top.map((p) => `${p.phase} ${p.seconds.toFixed(1)} s`).join(", ")}`,
          );
        }
      } finally {
        if (args.keep) console.log(`  kept ${site.dir}`);
        else rmSync(site.dir, { recursive: true, force: true });
      }
    }
  }
  const command = `npm run bench -- ${process.argv.slice(2).join(" ")}`;
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machineLine()}, with \`${command}\`.`,
    buildTable(results),
    ratioTable(results),
    `Page weight at ${Math.max(...args.sizes).toLocaleString("en")} posts (JS and CSS: files the HTML loads plus inline blocks):`,
    weightTable(results),
    phases.length > 0
      ? `Slowest phases of this blog's cold build (Gatsby's own timings): ${phases.join("; ")}`
      : "",
  ].join("\n\n");
  // Aligned as `npm run lint` wants the docs, and easier to read in a terminal.
  const report = await format(lines, { parser: "markdown" });
  console.log(`\n${report}`);
  if (args.docs)
    appendFileSync(
      path.resolve(__dirname, "../../docs/benchmarks.md"),
      `\n${report}`,
    );
}

void main();
