import { createHash } from "node:crypto";
import { appendFileSync, existsSync, readFileSync, rmSync } from "node:fs";
import { copyFile, link, mkdir, rename, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Reporter } from "gatsby";
import type { PhotoRecipe } from "../../src/photos/photoRecipe";
import { encodePhoto } from "./encodePhoto";

/**
 * The photos' life in a build: each photo's widths and formats are encoded once into a cache
 * kept by its key (the bytes' hash and the recipe: src/photos/photoRecipe.ts; encodePhoto.ts), outside .cache/
 * and public/ so `gatsby clean` — which CI and the deploy workflows run — keeps it; a build then
 * only links or copies the files into public/static/<key>/. `gatsby develop` serves them from
 * there too. The plugin's onPostBuild says how many were encoded and how many came from the cache.
 */

/** PHOTO_CACHE moves the cache (tests, benchmarks). */
export const photoCacheDir = (directory: string) =>
  process.env.PHOTO_CACHE ??
  path.join(directory, "node_modules", ".cache", "photos");

export const contentHash = (bytes: Buffer) =>
  createHash("sha256").update(bytes).digest("hex");

/** At most one photo a core at once: each is several encodes already. */
const slots = Math.max(1, os.availableParallelism());
let running = 0;
const waiting: Array<() => void> = [];
async function inSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= slots)
    await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await work();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

export interface PhotoTally {
  encoded: number;
  cached: number;
  /** From the first encode's start to the last one's end. */
  seconds: number;
}
let tally: PhotoTally = { encoded: 0, cached: 0, seconds: 0 };
let firstStart: number | null = null;
const inCache = new Map<string, Promise<string>>();
let progress: ReturnType<Reporter["createProgress"]> | null = null;

async function encodeIntoCache(
  bytes: Buffer,
  recipe: PhotoRecipe,
  entry: string,
  reporter: Reporter,
): Promise<void> {
  if (!progress) {
    progress = reporter.createProgress("Encoding photos", 0);
    progress.start();
  }
  progress.total += 1;
  await inSlot(async () => {
    firstStart ??= performance.now();
    // Written aside and renamed whole, so a stopped build never leaves half a photo in the cache.
    const partial = `${entry}.${process.pid}-${Math.random().toString(36).slice(2)}`;
    await mkdir(partial, { recursive: true });
    try {
      await encodePhoto(bytes, recipe, partial);
      await rename(partial, entry).catch((error: unknown) => {
        // Another build encoded the same photo meanwhile: theirs is as good.
        if (!existsSync(entry)) throw error;
      });
    } finally {
      await rm(partial, { recursive: true, force: true });
    }
    tally.encoded += 1;
    tally.seconds = (performance.now() - firstStart) / 1000;
    record(`encoded ${tally.seconds}`);
  });
  progress.tick();
  if (running === 0 && waiting.length === 0) {
    progress.done();
    progress = null;
  }
}

/**
 * The folder in the cache holding `recipe` of the photo under `key`, encoded first if it is not
 * there. A photo two posts show is encoded and counted once.
 */
export function cachedPhoto(
  bytes: Buffer,
  key: string,
  recipe: PhotoRecipe,
  cacheDir: string,
  reporter: Reporter,
): Promise<string> {
  let ready = inCache.get(key);
  if (!ready) {
    const entry = path.join(cacheDir, key);
    if (existsSync(entry)) {
      tally.cached += 1;
      record("cached");
      ready = Promise.resolve(entry);
    } else {
      ready = encodeIntoCache(bytes, recipe, entry, reporter).then(() => entry);
    }
    inCache.set(key, ready);
    ready.catch(() => inCache.delete(key));
  }
  return ready;
}

/**
 * Puts `files` (cache name → public name) of a cache entry into `outDir`: hard links where the
 * cache and public/ share a disk, copies where they do not; a file already there is the same
 * file, as its folder is named by the key.
 */
export async function publishPhoto(
  entry: string,
  files: Array<[string, string]>,
  outDir: string,
): Promise<void> {
  await mkdir(outDir, { recursive: true });
  await Promise.all(
    files.map(async ([cached, published]) => {
      const from = path.join(entry, cached);
      const to = path.join(outDir, published);
      try {
        await link(from, to);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST")
          await copyFile(from, to);
      }
    }),
  );
}

/**
 * Gatsby runs page queries, and so this plugin, in a worker process, while the summary is said
 * by the main one: each process also writes what it did to the file PHOTO_TALLY names (set by the
 * plugin's gatsby-node.js before any worker starts), and the summary adds those up.
 */
function record(line: string): void {
  const file = process.env.PHOTO_TALLY;
  if (file) appendFileSync(file, `${line}\n`);
}

/** This process's tally, or every process's where PHOTO_TALLY is set; then starts again. */
function buildTally(): PhotoTally {
  const own = tally;
  tally = { encoded: 0, cached: 0, seconds: 0 };
  firstStart = null;
  inCache.clear();
  const file = process.env.PHOTO_TALLY;
  if (!file || !existsSync(file)) return own;
  const all: PhotoTally = { encoded: 0, cached: 0, seconds: 0 };
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const [kind, seconds] = line.split(" ");
    if (kind === "cached") all.cached += 1;
    if (kind === "encoded") {
      all.encoded += 1;
      all.seconds = Math.max(all.seconds, Number(seconds) || 0);
    }
  }
  rmSync(file, { force: true });
  return all;
}

/** The line a build ends with, for the author: what the photos cost this time. Starts a new count. */
export function photoSummary(directory: string): string {
  const { encoded, cached, seconds } = buildTally();
  const cacheDir = path.relative(directory, photoCacheDir(directory));
  return `photos: ${encoded} encoded${encoded > 0 ? ` in ${seconds.toFixed(1)} s` : ""}, ${cached} from the cache (${cacheDir.startsWith("..") ? photoCacheDir(directory) : cacheDir})`;
}
