import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import type { PostFields } from "../../src/content/postSchema";
import { markdownBody } from "../../src/content/readPost";
import { buildSearchIndex, searchOrder } from "../../src/search/buildIndex";
import { toIndexedPost } from "../../src/search/document";
import { searchIndexPaths } from "../../src/search/shards";
import type { TermsCache } from "./searchTermsCache";

/** A post as the index writer gets it: its fields and its markdown file. */
export interface PostFile {
  post: PostFields;
  /** Absolute path of the markdown file. */
  file: string;
}

export interface WrittenIndex {
  files: number;
  bytes: number;
  seconds: number;
  /** Posts whose terms came from the terms cache, and posts tokenized this time. */
  cached: number;
  tokenized: number;
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
 * Builds the index of `posts` and writes it under `publicDir`, reading each post's file in its
 * turn so that no more than one body is held at a time. The files go to a staging folder that
 * becomes the version's folder once the version is known, and meta.json, which names it, is
 * written last: a reader never gets a meta file whose shards are not there yet. Of the folders
 * older builds left, the one the previous meta file named stays (a reader who loaded it a moment
 * ago still finds its shards); the others go, or every edit would leave another copy to deploy.
 */
export function writeSearchIndexFiles(
  posts: readonly PostFile[],
  includeDrafts: boolean,
  publicDir: string,
  terms?: TermsCache,
): WrittenIndex {
  const started = performance.now();
  const indexDir = path.join(publicDir, INDEX_DIR);
  const metaFile = path.join(publicDir, searchIndexPaths.meta);
  const previous = versionIn(metaFile);
  const staging = path.join(indexDir, `.staging-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(path.join(staging, "text"), { recursive: true });
  // Written under the staging folder by their names within the version's folder.
  const local = (urlPath: string) =>
    path.join(staging, ...urlPath.split("/").slice(3));
  let files = 0;
  let bytes = 0;
  const put = (file: string, content: string) => {
    writeFileSync(file, content);
    files += 1;
    bytes += Buffer.byteLength(content);
  };
  let count = 0;
  const indexed = (function* () {
    for (const [n, { post, file }] of searchOrder(
      posts,
      includeDrafts,
    ).entries()) {
      count += 1;
      yield toIndexedPost(post, markdownBody(readFileSync(file, "utf8")), n);
    }
  })();
  const { version, meta } = buildSearchIndex(
    indexed,
    {
      text: (n, content) => put(local(searchIndexPaths.text("_", n)), content),
      shard: (i, content) =>
        put(local(searchIndexPaths.shard("_", i)), content),
    },
    { terms },
  );
  terms?.prune();
  const target = path.join(indexDir, version);
  // Same version, same files (the version is a hash of them): keep the folder that is there.
  if (existsSync(target)) rmSync(staging, { recursive: true, force: true });
  else renameSync(staging, target);
  // Renamed into place, so a reader (or `gatsby develop` serving it) never gets half a file;
  // and left alone when nothing changed, as after most saves in `gatsby develop`.
  if (previous !== version || !existsSync(metaFile)) {
    const metaTemp = path.join(indexDir, `.meta-${process.pid}.json`);
    put(metaTemp, meta);
    renameSync(metaTemp, metaFile);
  }

  let removed = 0;
  for (const entry of readdirSync(indexDir, { withFileTypes: true })) {
    if (!entry.isDirectory() || [version, previous].includes(entry.name))
      continue;
    rmSync(path.join(indexDir, entry.name), { recursive: true, force: true });
    removed += 1;
  }
  return {
    files,
    bytes,
    seconds: (performance.now() - started) / 1000,
    removed,
    cached: terms?.hits ?? 0,
    tokenized: terms?.misses ?? count,
  };
}
