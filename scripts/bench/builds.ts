import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { createScratchSite } from "../scratchSite";
import { stallSecondsFrom, watchedBuild } from "../build/watchedBuild";
import { machineLine } from "./machine";

/**
 * `npm run bench:builds -- <n> [--env NAME=value]…`: n cold `gatsby build`s in a row, under the
 * stall watch of `npm run build`, taking turns between the blog's own content and the same
 * content with more images beside its posts (image jobs go between Gatsby's processes).
 * Prints each build's outcome and time, then how many finished, failed or stalled.
 */

const USAGE = "npm run bench:builds -- <n> [--env NAME=value]…";
const root = path.resolve(__dirname, "..", "..");

function parseArgs(argv: readonly string[]) {
  const env: Record<string, string> = {};
  let count = NaN;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--env") {
      const [name = "", value] = (argv[++i] ?? "").split("=", 2);
      if (!name || value === undefined)
        throw new Error(`--env expects NAME=value\n${USAGE}`);
      env[name] = value;
    } else if (/^\d+$/u.test(arg)) count = Number(arg);
    else throw new Error(`Unknown argument "${arg}"\n${USAGE}`);
  }
  if (!(count >= 1)) throw new Error(`How many builds?\n${USAGE}`);
  return { count, env };
}

/** Five short posts, each with two photos of its own (distinct pixels, so distinct jobs). */
async function addPhotoPosts(site: string): Promise<void> {
  for (let n = 1; n <= 5; n++) {
    const folder = path.join(site, "content", "posts", `bench-photos-${n}`);
    mkdirSync(folder, { recursive: true });
    for (const [i, width] of [1600, 2400].entries()) {
      await sharp({
        create: {
          width,
          height: Math.round(width * 0.66),
          channels: 3,
          background: { r: 40 * n, g: 90 + 10 * i, b: 160 },
          noise: { type: "gaussian", mean: 120 + n, sigma: 30 },
        },
      })
        .jpeg()
        .toFile(path.join(folder, `photo-${i}.jpg`));
    }
    writeFileSync(
      path.join(folder, "index.md"),
      `---\ntitle: 사진 ${n}\npath: /bench-photos-${n}\ntype: post\ncategory: 사진\ndate: 2026-0${n}-01\n---\n\n` +
        `첫 번째 사진.\n\n![바다 ${n}](./photo-0.jpg)\n\n두 번째 사진.\n\n![하늘 ${n}](./photo-1.jpg)\n`,
    );
  }
}

async function main(): Promise<void> {
  const { count, env } = parseArgs(process.argv.slice(2));
  const posts = path.join(root, "content", "posts");
  const content = readdirSync(posts).map((name) => path.join(posts, name));
  const sites = [
    { name: "blog", dir: createScratchSite(content) },
    { name: "images", dir: createScratchSite(content) },
  ];
  await addPhotoPosts(sites[1]?.dir ?? "");
  const stallSeconds = stallSecondsFrom(process.env);
  console.log(
    `${machineLine()}; stall after ${stallSeconds} s; env ${JSON.stringify(env)}`,
  );
  const outcomes = { finished: 0, failed: 0, stalled: 0 };
  const times: Record<string, number[]> = { blog: [], images: [] };
  for (let i = 0; i < count; i++) {
    const site = sites[i % sites.length] ?? sites[0];
    if (!site) break;
    // Cold: nothing of the last build's cache or output left.
    for (const dir of [".cache", "public"])
      rmSync(path.join(site.dir, dir), { recursive: true, force: true });
    const result = await watchedBuild({
      cwd: site.dir,
      env: { CI: "1", NODE_ENV: "production", ...env },
      stallSeconds,
      output: "collect",
    });
    outcomes[result.outcome]++;
    if (result.outcome === "finished") times[site.name]?.push(result.seconds);
    console.log(
      `build ${i + 1}/${count} ${site.name}: ${result.outcome} in ${result.seconds.toFixed(1)} s`,
    );
    if (result.stall) console.log(result.stall);
    if (result.outcome === "failed") {
      const log = path.join(site.dir, `failed-${i + 1}.log`);
      writeFileSync(log, result.output);
      console.log(`  its output: ${log}`);
    }
  }
  console.log(
    `\n${count} builds: ${outcomes.finished} finished, ${outcomes.failed} failed, ${outcomes.stalled} stalled`,
  );
  for (const [name, list] of Object.entries(times)) {
    const sorted = [...list].sort((a, b) => a - b);
    if (sorted.length === 0) continue;
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    console.log(
      `${name}: ${sorted.length} finished, median ${median.toFixed(1)} s, ` +
        `fastest ${sorted[0]?.toFixed(1)} s, slowest ${sorted.at(-1)?.toFixed(1)} s`,
    );
  }
  if (outcomes.finished === count)
    for (const site of sites)
      rmSync(site.dir, { recursive: true, force: true });
  else
    console.log(`Sites kept for a look: ${sites.map((s) => s.dir).join(" ")}`);
  process.exitCode = outcomes.finished === count ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
