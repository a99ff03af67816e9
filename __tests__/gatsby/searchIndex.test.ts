import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { CreatePagesArgs } from "gatsby";
import {
  handOverPosts,
  refreshSearchIndex,
  searchIndexRefreshed,
  searchIndexWritten,
  startSearchIndex,
} from "../../gatsby/search/searchIndex";
import type { PostFile } from "../../gatsby/search/searchIndexFiles";
import { readPost } from "../../src/content/readPost";
import { searchFixtureDirs } from "../helpers/searchIndex";

const dir = searchFixtureDirs[0] ?? "";
const posts: PostFile[] = readdirSync(dir)
  .filter((name) => name.endsWith(".md"))
  .flatMap((name) => {
    const file = path.join(dir, name);
    const result = readPost(readFileSync(file, "utf8"), name, "Asia/Seoul");
    return result.ok && result.post.kind === "post" && !result.post.draft
      ? [{ post: result.post, file }]
      : [];
  });

describe("refreshSearchIndex (gatsby develop)", () => {
  let publicDir: string;
  beforeEach(() => {
    publicDir = mkdtempSync(path.join(tmpdir(), "search-refresh-"));
  });
  afterEach(() => rmSync(publicDir, { recursive: true, force: true }));

  test("saves that come during a rewrite fold into one more rewrite, with the newest posts", async () => {
    const reporter = { info: jest.fn(), panicOnBuild: jest.fn() };
    const job = (count: number) => ({
      posts: posts.slice(0, count),
      includeDrafts: true,
      publicDir,
      termsDir: path.join(publicDir, ".terms"),
    });
    expect(posts.length).toBeGreaterThan(4);
    const r = reporter as unknown as CreatePagesArgs["reporter"];
    void refreshSearchIndex(job(2), r);
    void refreshSearchIndex(job(3), r);
    void refreshSearchIndex(job(4), r);
    await searchIndexRefreshed();
    expect(reporter.panicOnBuild).not.toHaveBeenCalled();
    expect(reporter.info).toHaveBeenCalledTimes(2);
    const meta = JSON.parse(
      readFileSync(path.join(publicDir, "search-index/meta.json"), "utf8"),
    );
    expect(meta.index.documentCount).toBe(4);
  });

  test("a failure is reported, and the next save still rewrites", async () => {
    const reporter = { info: jest.fn(), panicOnBuild: jest.fn() };
    const r = reporter as unknown as CreatePagesArgs["reporter"];
    const missing = { ...posts[0], file: path.join(publicDir, "gone.md") };
    void refreshSearchIndex(
      {
        posts: [missing as PostFile],
        includeDrafts: true,
        publicDir,
        termsDir: path.join(publicDir, ".terms"),
      },
      r,
    );
    await searchIndexRefreshed();
    expect(reporter.panicOnBuild).toHaveBeenCalledWith(
      "Could not write the search index",
      expect.objectContaining({ message: expect.stringMatching(/gone\.md/u) }),
    );
    void refreshSearchIndex(
      {
        posts,
        includeDrafts: true,
        publicDir,
        termsDir: path.join(publicDir, ".terms"),
      },
      r,
    );
    await searchIndexRefreshed();
    expect(reporter.info).toHaveBeenCalledTimes(1);
  });
});

describe("the search index in gatsby build: handed over, started, waited for", () => {
  let publicDir: string;
  const reporter = { info: jest.fn(), panicOnBuild: jest.fn() };
  const r = reporter as unknown as CreatePagesArgs["reporter"];
  const terms = () => path.join(publicDir, ".terms");
  beforeEach(() => {
    publicDir = mkdtempSync(path.join(tmpdir(), "search-build-"));
    jest.clearAllMocks();
  });
  afterEach(() => rmSync(publicDir, { recursive: true, force: true }));

  test("the three steps write the index, and nothing is reported wrong", async () => {
    handOverPosts(
      { posts, includeDrafts: false, publicDir, termsDir: terms() },
      false,
      r,
    );
    startSearchIndex(r);
    await searchIndexWritten(r);
    expect(reporter.panicOnBuild).not.toHaveBeenCalled();
    const meta = JSON.parse(
      readFileSync(path.join(publicDir, "search-index/meta.json"), "utf8"),
    );
    expect(meta.index.documentCount).toBe(posts.length);
  });

  test("onPreBuild without posts from createPages fails the build", async () => {
    startSearchIndex(r);
    expect(reporter.panicOnBuild).toHaveBeenCalledWith(
      expect.stringMatching(
        /^The search index was not started: createPages handed over no posts/u,
      ),
    );
    await searchIndexWritten(r);
    expect(reporter.panicOnBuild).toHaveBeenLastCalledWith(
      expect.stringMatching(/^The search index was never started/u),
    );
  });

  test("posts handed over twice start one index, from the later posts", async () => {
    handOverPosts(
      {
        posts: posts.slice(0, 1),
        includeDrafts: false,
        publicDir,
        termsDir: terms(),
      },
      false,
      r,
    );
    handOverPosts(
      { posts, includeDrafts: false, publicDir, termsDir: terms() },
      false,
      r,
    );
    startSearchIndex(r);
    startSearchIndex(r);
    expect(reporter.panicOnBuild).toHaveBeenCalledTimes(1);
    await searchIndexWritten(r);
    const meta = JSON.parse(
      readFileSync(path.join(publicDir, "search-index/meta.json"), "utf8"),
    );
    expect(meta.index.documentCount).toBe(posts.length);
  });
});
