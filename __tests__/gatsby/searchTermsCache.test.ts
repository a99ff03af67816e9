import {
  copyFileSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  writeSearchIndexFiles,
  type PostFile,
} from "../../gatsby/search/searchIndexFiles";
import { openTermsCache } from "../../gatsby/search/searchTermsCache";
import { readPost } from "../../src/content/readPost";
import { searchFixtureDirs } from "../helpers/searchIndex";

/** Every file of a folder by its path inside it, as text. */
function filesOf(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(dir, {
    recursive: true,
    withFileTypes: true,
  }))
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      out.set(path.relative(dir, file), readFileSync(file, "utf8"));
    }
  return out;
}

describe("the search index's terms cache", () => {
  let work: string;
  let posts: PostFile[];
  const publicDir = (name: string) => path.join(work, name);
  const cacheRoot = () => path.join(work, "terms");

  beforeEach(() => {
    work = mkdtempSync(path.join(tmpdir(), "search-terms-"));
    // The fixture posts, copied so one can be edited.
    posts = searchFixtureDirs.flatMap((dir, d) =>
      readdirSync(dir)
        .filter((name) => name.endsWith(".md"))
        .flatMap((name) => {
          const file = path.join(work, `${d}-${name}`);
          copyFileSync(path.join(dir, name), file);
          const result = readPost(
            readFileSync(file, "utf8"),
            name,
            "Asia/Seoul",
          );
          if (!result.ok) throw new Error(JSON.stringify(result.problems));
          return [{ post: result.post, file }];
        }),
    );
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  test("a second build tokenizes nothing and writes the same index as a build without a cache", () => {
    const first = writeSearchIndexFiles(
      posts,
      false,
      publicDir("first"),
      openTermsCache(cacheRoot(), "code-1"),
    );
    expect(first.cached).toBe(0);
    expect(first.tokenized).toBeGreaterThan(3);
    const second = writeSearchIndexFiles(
      posts,
      false,
      publicDir("second"),
      openTermsCache(cacheRoot(), "code-1"),
    );
    expect(second).toMatchObject({ cached: first.tokenized, tokenized: 0 });
    writeSearchIndexFiles(posts, false, publicDir("uncached"));
    expect(filesOf(publicDir("second"))).toEqual(
      filesOf(publicDir("uncached")),
    );
    expect(filesOf(publicDir("first"))).toEqual(filesOf(publicDir("uncached")));
  });

  test("after one post is edited, only it is tokenized, and the index has the edit", () => {
    writeSearchIndexFiles(
      posts,
      false,
      publicDir("before"),
      openTermsCache(cacheRoot(), "code-1"),
    );
    const edited = posts.find(
      ({ post }) => post.kind === "post" && !post.draft,
    );
    if (!edited) throw new Error("no published post in the fixtures");
    writeFileSync(
      edited.file,
      `${readFileSync(edited.file, "utf8")}\n\n수정한문단에만있는낱말\n`,
    );
    const after = writeSearchIndexFiles(
      posts,
      false,
      publicDir("after"),
      openTermsCache(cacheRoot(), "code-1"),
    );
    expect(after.tokenized).toBe(1);
    writeSearchIndexFiles(posts, false, publicDir("uncached"));
    const files = filesOf(publicDir("after"));
    expect(files).toEqual(filesOf(publicDir("uncached")));
    expect([...files.values()].join("\n")).toContain("수정한문단에만있는낱말");
  });

  test("a new post, numbered first so every other post's number shifts, is the only one tokenized", () => {
    const published = posts.filter(
      ({ post }) => post.kind === "post" && !post.draft,
    );
    const newest = published.reduce((a, b) =>
      a.post.timestamp >= b.post.timestamp ? a : b,
    );
    writeSearchIndexFiles(
      posts.filter((p) => p !== newest),
      false,
      publicDir("a"),
      openTermsCache(cacheRoot(), "code-1"),
    );
    const all = writeSearchIndexFiles(
      posts,
      false,
      publicDir("b"),
      openTermsCache(cacheRoot(), "code-1"),
    );
    expect(all).toMatchObject({ tokenized: 1, cached: published.length - 1 });
    writeSearchIndexFiles(posts, false, publicDir("uncached"));
    expect(filesOf(publicDir("b"))).toEqual(filesOf(publicDir("uncached")));
  });

  test("new code starts an empty namespace and removes the old; a damaged entry is redone", () => {
    writeSearchIndexFiles(
      posts,
      false,
      publicDir("a"),
      openTermsCache(cacheRoot(), "code-1"),
    );
    const changed = writeSearchIndexFiles(
      posts,
      false,
      publicDir("b"),
      openTermsCache(cacheRoot(), "code-2"),
    );
    expect(changed.cached).toBe(0);
    expect(readdirSync(cacheRoot())).toEqual(["code-2"]);
    const entries = readdirSync(path.join(cacheRoot(), "code-2"));
    writeFileSync(path.join(cacheRoot(), "code-2", entries[0] ?? ""), '{"cut');
    const repaired = writeSearchIndexFiles(
      posts,
      false,
      publicDir("c"),
      openTermsCache(cacheRoot(), "code-2"),
    );
    expect(repaired.tokenized).toBe(1);
    writeSearchIndexFiles(posts, false, publicDir("uncached"));
    expect(filesOf(publicDir("c"))).toEqual(filesOf(publicDir("uncached")));
  });

  test("entries of posts no longer indexed are removed", () => {
    writeSearchIndexFiles(
      posts,
      false,
      publicDir("a"),
      openTermsCache(cacheRoot(), "code-1"),
    );
    const before = readdirSync(path.join(cacheRoot(), "code-1")).length;
    const fewer = writeSearchIndexFiles(
      posts.slice(0, 2),
      false,
      publicDir("b"),
      openTermsCache(cacheRoot(), "code-1"),
    );
    expect(readdirSync(path.join(cacheRoot(), "code-1"))).toHaveLength(
      fewer.cached + fewer.tokenized,
    );
    expect(before).toBeGreaterThan(fewer.cached + fewer.tokenized);
  });
});
