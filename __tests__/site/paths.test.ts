import {
  categoryPath,
  homePath,
  listingPath,
  normalizePostPath,
  pathKey,
  postPathProblem,
  tagPath,
  termSlug,
} from "../../src/site/paths";

const NFD_MEMO = "메모".normalize("NFD");

describe("termSlug", () => {
  test.each([
    ["Diary", "diary"],
    ["일상", "일상"],
    ["Dev Ops", "dev-ops"],
    ["  spaced   out  ", "spaced-out"],
    ["React 블로그", "react-블로그"],
    ["AWS/서버리스", "aws-서버리스"],
    ["C++", "c-plus-plus"],
    ["C#", "c-sharp"],
    ["Q&A", "q-and-a"],
    ["Node.js", "node-js"],
    ["snake_case", "snake_case"],
    ["100%", "100"],
    ["Straße", "straße"],
    ["ÉCOLE", "école"],
  ])("%j → %j", (name, slug) => {
    expect(termSlug(name)).toBe(slug);
  });

  test("NFD and NFC spellings of a Hangul name give the same NFC slug", () => {
    expect(termSlug(NFD_MEMO)).toBe("메모");
    expect(termSlug(NFD_MEMO)).toBe(termSlug("메모"));
    expect(termSlug(NFD_MEMO).length).toBe(2);
  });

  test.each([["!!!"], ["   "], ["?"], ["---"]])("%j has no slug", (name) => {
    expect(termSlug(name)).toBe("");
  });
});

describe("post paths", () => {
  test.each([
    ["/2019-04-17-AWS-Summit-Seoul-메모", null],
    ["/about", null],
    ["/nested/path/", null],
    ["no-slash", "a path that starts with /"],
    ["//evil.example", "a path that starts with a single /"],
    ["/with space", "a path without spaces, ?, #, % or \\"],
    ["/tab\there", "a path without spaces, ?, #, % or \\"],
    ["/what?", "a path without spaces, ?, #, % or \\"],
    ["/a#b", "a path without spaces, ?, #, % or \\"],
    ["/100%", "a path without spaces, ?, #, % or \\"],
    ["/a\\b", "a path without spaces, ?, #, % or \\"],
    ["/../etc", "a path without . or .. segments"],
    ["/a/./b", "a path without . or .. segments"],
  ])("%j → %j", (path, problem) => {
    expect(postPathProblem(path)).toBe(problem);
  });

  test("a normalized path is NFC and ends in a slash, keeping Hangul and case", () => {
    expect(normalizePostPath(`/2019-04-17-AWS-Summit-Seoul-${NFD_MEMO}`)).toBe(
      "/2019-04-17-AWS-Summit-Seoul-메모/",
    );
    expect(normalizePostPath("/about/")).toBe("/about/");
  });

  test.each([
    ["/About", "/about/"],
    [`/${NFD_MEMO}`, "/메모"],
    ["/Hello-World/", "/hello-world"],
  ])("%j and %j share a key", (a, b) => {
    expect(pathKey(a)).toBe(pathKey(b));
  });

  test("different posts keep different keys", () => {
    expect(pathKey("/메모")).not.toBe(pathKey("/메모2"));
  });
});

describe("listing URLs", () => {
  test.each([
    ["/", 1, "/"],
    ["/", 2, "/page/2/"],
    ["/category/diary/", 1, "/category/diary/"],
    ["/category/diary/", 3, "/category/diary/page/3/"],
  ])("%j page %i → %j", (base, page, url) => {
    expect(listingPath(base, page)).toBe(url);
  });

  test("category and tag URLs use the one slug function", () => {
    expect(homePath(2)).toBe("/page/2/");
    expect(categoryPath("Dev Ops")).toBe("/category/dev-ops/");
    expect(categoryPath("React 블로그", 2)).toBe(
      "/category/react-블로그/page/2/",
    );
    expect(tagPath(NFD_MEMO)).toBe("/tag/메모/");
  });
});
