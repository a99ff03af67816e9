import { appendFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { format } from "prettier";
import { parseBenchArgs, USAGE, type BenchArgs } from "./benchArgs";
import { bareSite, hugoSite, ourSite, type BenchSite } from "./benchSites";
import {
  buildTable,
  ratioTable,
  weightTable,
  type SiteResult,
} from "./benchTable";
import { benchDevelop, type DevelopResult } from "./develop/benchDevelop";
import { developFailures, developTable } from "./develop/developTable";
import { gatsbyPhases } from "./gatsbyPhases";
import { machineLine } from "./machine";
import { pageWeight } from "./pageWeight";
import { benchPhotos, type PhotoResult } from "./photos/benchPhotos";
import { photoFiles } from "./photos/photoFiles";
import {
  PHOTO_HEIGHT,
  PHOTO_WIDTH,
  PHOTOS_PER_POST,
} from "./photos/photoPosts";
import { photoTable } from "./photos/photoTable";
import { cleanSite, timedBuild } from "./timedBuild";

/**
 * `npm run bench -- --sizes 100,1000`: builds one generated corpus per size with this blog, the
 * bare Gatsby yardstick (scripts/bench/bare/) and Hugo (scripts/bench/hugo/), each in a scratch
 * folder, cold (after a clean) and warm (after editing one post), then starts `gatsby develop`
 * on each Gatsby site and times saves of a post; with --photos, builds posts with phone photos
 * in both Gatsby sites. Prints the tables that docs/benchmarks.md keeps. Sites are built one
 * after another so they do not share the CPU.
 */

/** Generated text posts beside the photo posts: enough for the blog's listings to be real. */
const PHOTO_SITE_POSTS = 10;

async function benchSite(site: BenchSite, posts: number): Promise<SiteResult> {
  await cleanSite(site);
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

/** Cold builds of the photo posts in both Gatsby sites; the photos are made once for both. */
async function photoRuns(args: BenchArgs): Promise<PhotoResult[]> {
  const makers = [
    args.skipOurs ? null : () => ourSite(PHOTO_SITE_POSTS),
    args.skipBare ? null : () => bareSite(PHOTO_SITE_POSTS, { images: true }),
  ].filter((make) => make !== null);
  if (args.photos === 0 || makers.length === 0) return [];
  console.log(`${args.photos} posts with photos`);
  const files = await photoFiles(args.photos);
  const results: PhotoResult[] = [];
  for (const make of makers) {
    const site = make();
    try {
      results.push(await benchPhotos(site, PHOTO_SITE_POSTS, files));
    } finally {
      if (args.keep) console.log(`  kept ${site.dir}`);
      else rmSync(site.dir, { recursive: true, force: true });
    }
  }
  return results;
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
  const develops: DevelopResult[] = [];
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
        if (site.develop && !args.skipDevelop) {
          const develop = await benchDevelop(site, posts, args.saves);
          develops.push(develop);
          console.log(
            `  ${site.name} develop: ready ${develop.readySeconds?.toFixed(1) ?? "–"} s, ` +
              `saves ${develop.saves.map((s) => s.toFixed(2)).join(", ")} s` +
              (develop.failure ? `\n  FAILED ${develop.failure}` : ""),
          );
        }
      } finally {
        if (args.keep) console.log(`  kept ${site.dir}`);
        else rmSync(site.dir, { recursive: true, force: true });
      }
    }
  }
  const photos = await photoRuns(args);
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
    develops.length > 0
      ? `\`gatsby develop\` after \`gatsby clean\`: until the edited post answers 200, then ${args.saves} saves of it, each until its page-data.json has the edit:`
      : "",
    develops.length > 0 ? developTable(develops) : "",
    developFailures(develops).join("\n"),
    photos.length > 0
      ? `Posts with ${PHOTOS_PER_POST} photos of ${PHOTO_WIDTH}×${PHOTO_HEIGHT} each (JPEG, ~4 MB), cold build; the bare site runs gatsby-remark-images with its defaults:`
      : "",
    photos.length > 0 ? photoTable(photos) : "",
  ]
    .filter(Boolean)
    .join("\n\n");
  // Aligned as `npm run lint` wants the docs, and easier to read in a terminal.
  const report = await format(lines, { parser: "markdown" });
  console.log(`\n${report}`);
  if (args.docs)
    appendFileSync(
      path.resolve(__dirname, "../../docs/benchmarks.md"),
      `\n${report}`,
    );
  // A develop run that failed is in the report; the exit code says so too.
  if (develops.some((d) => d.failure)) process.exitCode = 1;
}

void main();
