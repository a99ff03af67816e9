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
  /** Posts' texts already there from an earlier build, so not written again. */
  textsKept: number;
  /** Shard folders and text files of older builds that were removed. */
  removed: number;
}

const INDEX_DIR = path.posix.dirname(searchIndexPaths.meta);

/** What the meta file there names: the shards' version and the posts' text files. */
function namedIn(metaFile: string): {
  version: string | null;
  texts: string[];
} {
  try {
    const meta: unknown = JSON.parse(readFileSync(metaFile, "utf8"));
    if (typeof meta !== "object" || meta === null) throw new Error();
    const { version, texts } = meta as Record<string, unknown>;
    return {
      version: typeof version === "string" ? version : null,
      texts: Array.isArray(texts)
        ? texts.filter((name) => typeof name === "string")
        : [],
    };
  } catch {
    return { version: null, texts: [] };
  }
}

/**
 * Builds the index of `posts` and writes it under `publicDir`, reading each post's file in its
 * turn so that no more than one body is held at a time. The shards go to a staging folder that
 * becomes the version's folder once the version is known; a post's text goes to `text/` under
 * the name its content gives it, and is not written again while it is there; meta.json, which
 * names them all, is written last: a reader never gets a meta file whose files are not there
 * yet. Of what older builds left, what the previous meta file named stays (a reader who loaded
 * it a moment ago still finds its files); the rest goes, or every edit would leave another copy
 * to deploy.
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
  const previous = namedIn(metaFile);
  const staging = path.join(indexDir, `.staging-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const textDir = path.join(
    publicDir,
    path.posix.dirname(searchIndexPaths.text("_")),
  );
  mkdirSync(textDir, { recursive: true });
  let files = 0;
  let bytes = 0;
  let textsKept = 0;
  const put = (file: string, content: string) => {
    writeFileSync(file, content);
    files += 1;
    bytes += Buffer.byteLength(content);
  };
  const putText = (name: string, content: string) => {
    const file = path.join(publicDir, searchIndexPaths.text(name));
    if (existsSync(file)) {
      textsKept += 1;
      return;
    }
    // Whole or not at all, under its name: a build stopped midway leaves no half text.
    const partial = `${file}.${process.pid}.tmp`;
    put(partial, content);
    renameSync(partial, file);
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
  const { version, meta, texts } = buildSearchIndex(
    indexed,
    {
      text: putText,
      shard: (i, content) => put(path.join(staging, `${i}.json`), content),
    },
    { terms },
  );
  terms?.prune();
  const target = path.join(indexDir, version);
  // Same version, same shards (the version is a hash of them): keep the folder that is there.
  if (existsSync(target)) rmSync(staging, { recursive: true, force: true });
  else renameSync(staging, target);
  // Renamed into place, so a reader (or `gatsby develop` serving it) never gets half a file;
  // and left alone when nothing changed, as after most saves in `gatsby develop`.
  if (
    previous.version !== version ||
    previous.texts.join() !== texts.join() ||
    !existsSync(metaFile)
  ) {
    const metaTemp = path.join(indexDir, `.meta-${process.pid}.json`);
    put(metaTemp, meta);
    renameSync(metaTemp, metaFile);
  }

  let removed = 0;
  for (const entry of readdirSync(indexDir, { withFileTypes: true })) {
    if (
      !entry.isDirectory() ||
      [version, previous.version, "text"].includes(entry.name)
    )
      continue;
    rmSync(path.join(indexDir, entry.name), { recursive: true, force: true });
    removed += 1;
  }
  const keptTexts = new Set(
    [...texts, ...previous.texts].map((name) => `${name}.json`),
  );
  for (const name of readdirSync(textDir)) {
    if (keptTexts.has(name)) continue;
    rmSync(path.join(textDir, name), { force: true });
    removed += 1;
  }
  return {
    files,
    bytes,
    seconds: (performance.now() - started) / 1000,
    removed,
    textsKept,
    cached: terms?.hits ?? 0,
    tokenized: terms?.misses ?? count,
  };
}
