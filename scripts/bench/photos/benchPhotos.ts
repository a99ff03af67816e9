import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { GeneratedFile } from "../generateCorpus";
import type { BenchSite } from "../benchSites";
import type { Measured, SiteName } from "../benchTable";
import { cleanSite, timedBuild } from "../timedBuild";
import { writeFiles } from "../writeCorpus";
import { imageSeconds } from "./imageSeconds";

export interface PhotoResult {
  site: SiteName;
  /** Generated text posts beside the photo posts. */
  textPosts: number;
  photoPosts: number;
  photos: number;
  cold: Measured;
  imageSeconds: number | null;
  /** Everything in public/static: the photos' copies and resized versions. */
  staticBytes: number;
}

function folderBytes(dir: string): number {
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
    const stat = statSync(path.join(dir, entry), { throwIfNoEntry: false });
    if (stat?.isFile()) bytes += stat.size;
  }
  return bytes;
}

/** A cold build of `site` with the photo posts added to its generated posts. */
export async function benchPhotos(
  site: BenchSite,
  textPosts: number,
  files: readonly GeneratedFile[],
): Promise<PhotoResult> {
  writeFiles(path.join(site.dir, "content", "posts"), files);
  await cleanSite(site);
  const cold = await timedBuild(site, "photos-cold");
  const log = readFileSync(
    path.join(site.dir, "bench-photos-cold.log"),
    "utf8",
  );
  const staticDir = path.join(site.dir, "public", "static");
  return {
    site: site.name,
    textPosts,
    photoPosts: files.filter((f) => f.file.endsWith(".md")).length,
    photos: files.filter((f) => f.file.endsWith(".jpg")).length,
    cold,
    imageSeconds: imageSeconds(log),
    staticBytes: statSync(staticDir, { throwIfNoEntry: false })
      ? folderBytes(staticDir)
      : 0,
  };
}
