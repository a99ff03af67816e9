import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import type { Reporter } from "gatsby";
import {
  photosInMarkdown,
  type MdastNode,
} from "../../../gatsby/photos/photosInMarkdown";
import { photoSummary } from "../../../gatsby/photos/photoCache";
import { noisePhoto } from "./noisePhoto";

/**
 * `npx tsx scripts/bench/photos/photoSpeed.ts [photos]`: what one phone photo (4000×3000 JPEG of
 * seeded noise) costs gatsby-remark-photos, one photo at a time — encoded into an empty cache,
 * then again from the cache into an emptied public/. For one core, run it under `taskset -c 0`.
 */
const count = Number(process.argv[2] ?? 6);
const root = mkdtempSync(path.join(os.tmpdir(), "photo-bench-"));
const posts = path.join(root, "content", "posts", "a");
mkdirSync(posts, { recursive: true });
process.env.PHOTO_CACHE = path.join(root, "cache");
process.chdir(root);

const reporter = {
  createProgress: () => ({ start() {}, tick() {}, done() {}, total: 0 }),
  panicOnBuild: (message: string) => {
    throw new Error(message);
  },
} as unknown as Reporter;

async function once(name: string): Promise<number> {
  const tree: MdastNode = {
    type: "root",
    children: [{ type: "image", url: `./${name}`, alt: "" }],
  };
  const started = performance.now();
  await photosInMarkdown({
    markdownAST: tree,
    markdownNode: { parent: "post" },
    getNode: () => ({ dir: posts }),
    reporter,
  });
  return (performance.now() - started) / 1000;
}

const sizeOf = (dir: string): number =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce(
      (sum, entry) =>
        sum + statSync(path.join(entry.parentPath, entry.name)).size,
      0,
    );

const summary = (seconds: number[]) => {
  const sorted = [...seconds].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  return `min ${sorted[0]?.toFixed(3)} s, median ${median.toFixed(3)} s, max ${sorted.at(-1)?.toFixed(3)} s`;
};

async function main() {
  const names: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const name = `photo-${i}.jpg`;
    writeFileSync(path.join(posts, name), await noisePhoto(4000, 3000, i + 1));
    names.push(name);
  }
  const input = sizeOf(posts);
  console.log(
    `${count} photos, 4000×3000 JPEG, ${(input / count / 1e6).toFixed(1)} MB each; sharp ${sharp.versions.sharp}, libvips ${sharp.versions.vips}, sharp.concurrency() ${sharp.concurrency()}, ${os.availableParallelism()} cores visible to Node`,
  );
  const cold: number[] = [];
  for (const name of names) cold.push(await once(name));
  console.log(`encoded into an empty cache: ${summary(cold)} a photo`);
  console.log(`  ${photoSummary(root)}`);
  const output = sizeOf(path.join(root, "public"));
  console.log(
    `  public/static: ${(output / count / 1e6).toFixed(2)} MB a photo (three widths × WebP and JPEG), from ${(input / count / 1e6).toFixed(2)} MB`,
  );
  rmSync(path.join(root, "public"), { recursive: true });
  const cached: number[] = [];
  for (const name of names) cached.push(await once(name));
  console.log(
    `from the cache into an empty public/: ${summary(cached)} a photo`,
  );
  console.log(`  ${photoSummary(root)}`);
}

main()
  .finally(() => rmSync(root, { recursive: true, force: true }))
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
