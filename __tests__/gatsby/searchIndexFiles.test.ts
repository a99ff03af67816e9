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
import { isSearchable } from "../../src/search/document";
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

  test("a build keeps what the previous meta.json named and removes what older ones did", () => {
    const meta = path.join(publicDir, "search-index", "meta.json");
    const named = () => {
      const { version, texts } = JSON.parse(readFileSync(meta, "utf8"));
      return [
        `/search-index/${version}/0.json`,
        ...texts.map((name: string) => `/search-index/text/${name}.json`),
      ];
    };
    writeFileSync(path.join(publicDir, "keep.txt"), "not the index's");
    writeSearchIndexFiles(postFiles, false, publicDir);
    const first = named();
    writeSearchIndexFiles(
      postFiles.filter((_, i) => i % 2 === 0),
      false,
      publicDir,
    );
    const second = named();
    expect(second[0]).not.toBe(first[0]);
    const third = writeSearchIndexFiles(
      postFiles.filter((_, i) => i % 3 === 0),
      false,
      publicDir,
    );
    const files = served(publicDir);
    // What the second and third meta.json name is there, whatever only the first named is not.
    for (const file of [...second, ...named()])
      expect(files.has(file)).toBe(true);
    const gone = first.filter(
      (file) => !second.includes(file) && !named().includes(file),
    );
    expect(gone.length).toBeGreaterThan(1);
    for (const file of gone) expect(files.has(file)).toBe(false);
    expect(third.removed).toBe(gone.length);
    expect(existsSync(path.join(publicDir, "keep.txt"))).toBe(true);
  });

  test("after one post is edited, only its text is written again", () => {
    const scratch = mkdtempSync(path.join(tmpdir(), "search-edit-"));
    const copies = postFiles.map(({ post, file }, i) => {
      const copy = path.join(scratch, `${i}.md`);
      writeFileSync(copy, readFileSync(file));
      return { post, file: copy };
    });
    writeSearchIndexFiles(copies, false, publicDir);
    const meta = path.join(publicDir, "search-index", "meta.json");
    const { texts } = JSON.parse(readFileSync(meta, "utf8"));
    const indexed: number = texts.length;
    // Posts with the same text share its file.
    const textFiles = new Set(texts).size;
    const textDir = path.join(publicDir, "search-index", "text");
    const inodes = new Map(
      readdirSync(textDir).map((name) => [
        name,
        statSync(path.join(textDir, name)).ino,
      ]),
    );
    const post = copies.find(({ post }) => isSearchable(post, false))!;
    writeFileSync(
      post.file,
      `${readFileSync(post.file, "utf8")}\n\n덧붙인 문단입니다.\n`,
    );
    const edited = writeSearchIndexFiles(copies, false, publicDir);
    rmSync(scratch, { recursive: true, force: true });
    expect(edited.textsKept).toBe(indexed - 1);
    const after = readdirSync(textDir);
    const rewritten = after.filter(
      (name) => statSync(path.join(textDir, name)).ino !== inodes.get(name),
    );
    expect(rewritten).toHaveLength(1);
    expect(readFileSync(path.join(textDir, rewritten[0]!), "utf8")).toContain(
      "덧붙인 문단입니다.",
    );
    // The text before the edit stays for a reader who loaded the previous meta.json.
    expect(after).toHaveLength(textFiles + 1);
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
