import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  writeSearchIndexFiles,
  type PostFile,
} from "../../gatsby/search/searchIndexFiles";
import { readPost } from "../../src/content/readPost";
import { searchFilesFor } from "../../src/search/buildIndex";
import { readMarkdownDirs, searchFixtureDirs } from "../helpers/searchIndex";

const postFiles: PostFile[] = searchFixtureDirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .map((name) => {
      const file = path.join(dir, name);
      const result = readPost(readFileSync(file, "utf8"), name, "Asia/Seoul");
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      return { post: result.post, file };
    }),
);

/** Every file under `dir` by its URL path, as the site serves it. */
function served(publicDir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(publicDir, {
    recursive: true,
    withFileTypes: true,
  })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const url = `/${path.relative(publicDir, file).split(path.sep).join("/")}`;
    out.set(url, readFileSync(file, "utf8"));
  }
  return out;
}

describe("writeSearchIndexFiles", () => {
  let publicDir: string;
  beforeEach(() => {
    publicDir = mkdtempSync(path.join(tmpdir(), "search-index-"));
  });
  afterEach(() => rmSync(publicDir, { recursive: true, force: true }));

  test("writes, from the files on disk, exactly the files the in-memory index has", () => {
    const written = writeSearchIndexFiles(postFiles, false, publicDir);
    const expected = searchFilesFor(readMarkdownDirs(searchFixtureDirs), false);
    expect(served(publicDir)).toEqual(
      new Map(expected.map((file) => [file.path, file.content])),
    );
    expect(written.files).toBe(expected.length);
  });

  test("a second build keeps the folder the previous meta.json named and removes older ones", () => {
    const meta = path.join(publicDir, "search-index", "meta.json");
    const version = () => JSON.parse(readFileSync(meta, "utf8")).version;
    writeFileSync(path.join(publicDir, "keep.txt"), "not the index's");
    writeSearchIndexFiles(postFiles, false, publicDir);
    const first = version();
    writeSearchIndexFiles(
      postFiles.filter((_, i) => i % 2 === 0),
      false,
      publicDir,
    );
    const second = version();
    expect(second).not.toBe(first);
    const third = writeSearchIndexFiles(
      postFiles.filter((_, i) => i % 3 === 0),
      false,
      publicDir,
    );
    expect(third.removed).toBe(1);
    const folders = readdirSync(path.join(publicDir, "search-index"));
    expect(folders.sort()).toEqual([second, version(), "meta.json"].sort());
    expect(existsSync(path.join(publicDir, "keep.txt"))).toBe(true);
  });

  test("the same posts again give the same version and leave no staging folder", () => {
    writeSearchIndexFiles(postFiles, false, publicDir);
    const before = served(publicDir);
    const meta = path.join(publicDir, "search-index", "meta.json");
    const metaInode = statSync(meta).ino;
    const again = writeSearchIndexFiles(postFiles, false, publicDir);
    // Not even rewritten with the same bytes: a page being served it is never cut short.
    expect(statSync(meta).ino).toBe(metaInode);
    expect(again.removed).toBe(0);
    expect(served(publicDir)).toEqual(before);
    expect(
      readdirSync(path.join(publicDir, "search-index")).filter((name) =>
        name.startsWith("."),
      ),
    ).toEqual([]);
  });
});
