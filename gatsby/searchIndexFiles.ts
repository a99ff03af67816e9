import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import {
  searchFilesFor,
  type SourceMarkdown,
} from "../src/lib/search/buildIndex";
import { searchIndexPaths } from "../src/lib/search/shards";

export interface WrittenIndex {
  files: number;
  bytes: number;
  seconds: number;
  /** Folders of older builds' indexes that were removed. */
  removed: number;
}

const INDEX_DIR = path.posix.dirname(searchIndexPaths.meta);

function versionIn(metaFile: string): string | null {
  try {
    const version: unknown = JSON.parse(readFileSync(metaFile, "utf8")).version;
    return typeof version === "string" ? version : null;
  } catch {
    return null;
  }
}

/**
 * Builds the index of `sources` and writes it under `publicDir`. Of the folders older builds
 * left, the one the previous meta file named stays (a reader who loaded that meta file a moment
 * ago still finds its shards); the others go, or every edit would leave another copy to deploy.
 */
export function writeSearchIndexFiles(
  sources: readonly SourceMarkdown[],
  includeDrafts: boolean,
  publicDir: string,
): WrittenIndex {
  const started = performance.now();
  const indexDir = path.join(publicDir, INDEX_DIR);
  const previous = versionIn(path.join(publicDir, searchIndexPaths.meta));
  const files = searchFilesFor(sources, includeDrafts);
  let bytes = 0;
  for (const file of files) {
    const target = path.join(publicDir, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.content);
    bytes += Buffer.byteLength(file.content);
  }
  const current = versionIn(path.join(publicDir, searchIndexPaths.meta));
  let removed = 0;
  if (existsSync(indexDir)) {
    for (const entry of readdirSync(indexDir, { withFileTypes: true })) {
      if (!entry.isDirectory() || [current, previous].includes(entry.name))
        continue;
      rmSync(path.join(indexDir, entry.name), { recursive: true, force: true });
      removed += 1;
    }
  }
  return {
    files: files.length,
    bytes,
    seconds: (performance.now() - started) / 1000,
    removed,
  };
}
