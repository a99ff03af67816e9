import { execFileSync } from "node:child_process";
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
import { buildSite, createScratchSite } from "../../scratchSite";
import { noisePhoto } from "./noisePhoto";

/**
 * `npx tsx scripts/bench/photos/photoSite.ts [posts]`: the photo blog — posts (default
 * 40) each with two 4000×3000 phone photos of seeded noise — built cold with an empty photo
 * cache, then cold again after `gatsby clean` with the cache kept, as CI and the deploy workflows
 * build. Prints each build's wall time, its `photos:` line and the size of public/static.
 */
const count = Number(process.argv[2] ?? 40);

function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce(
      (sum, entry) =>
        sum + statSync(path.join(entry.parentPath, entry.name)).size,
      0,
    );
}

async function main() {
  const content = mkdtempSync(path.join(os.tmpdir(), "photo-posts-"));
  for (let i = 0; i < count; i += 1) {
    const dir = path.join(content, `photos-${i}`);
    mkdirSync(dir);
    writeFileSync(
      path.join(dir, "index.md"),
      `---\ntitle: 사진 ${i}\npath: /photos-${i}\ncategory: 사진\ndate: 2024-01-${String((i % 28) + 1).padStart(2, "0")}\n---\n\n바다.\n\n![바다 ${i}](./a.jpg)\n\n오름.\n\n![오름 ${i}](./b.jpg)\n`,
    );
    writeFileSync(
      path.join(dir, "a.jpg"),
      await noisePhoto(4000, 3000, 2 * i + 1),
    );
    writeFileSync(
      path.join(dir, "b.jpg"),
      await noisePhoto(4000, 3000, 2 * i + 2),
    );
  }
  const site = createScratchSite(
    readdirSync(content).map((f) => path.join(content, f)),
  );
  rmSync(content, { recursive: true });
  process.env.PHOTO_CACHE = mkdtempSync(path.join(os.tmpdir(), "photo-cache-"));
  console.log(
    `${count} posts × 2 photos in ${site}; cache ${process.env.PHOTO_CACHE}`,
  );
  try {
    for (const run of [
      "empty photo cache",
      "after gatsby clean, photo cache kept",
    ]) {
      if (run.startsWith("after"))
        execFileSync(
          path.join(site, "node_modules", ".bin", "gatsby"),
          ["clean"],
          {
            cwd: site,
            stdio: "ignore",
          },
        );
      const started = performance.now();
      const result = await buildSite(site);
      const seconds = (performance.now() - started) / 1000;
      const line =
        /photos: [^\n]*/u.exec(result.output)?.[0] ?? "(no photos line)";
      const staticBytes = folderBytes(path.join(site, "public", "static"));
      console.log(
        `${run}: exit ${result.code}, ${seconds.toFixed(1)} s wall; ${line}; public/static ${(staticBytes / 1e6).toFixed(1)} MB`,
      );
    }
  } finally {
    if (process.env.KEEP_SCRATCH !== "1") {
      rmSync(site, { recursive: true, force: true });
      rmSync(process.env.PHOTO_CACHE, { recursive: true, force: true });
    }
  }
}

void main();
