import { validateFrontmatter } from "../../src/content/frontmatter";

const FILE = "content/posts/x.md";
const valid = {
  title: "2019 AWS Summit Seoul 메모",
  path: "/2019-04-17-AWS-Summit-Seoul-메모",
  type: "post",
  category: "Diary",
  date: "2019-04-17",
};

function problemsOf(data: unknown) {
  const result = validateFrontmatter(data, FILE, "Asia/Seoul");
  if (result.ok) throw new Error("expected problems, got a valid post");
  return result.problems.map(({ field, value, expected }) => ({
    field,
    value,
    expected,
  }));
}

describe("valid frontmatter", () => {
  test("the seed post's fields pass and come out normalized", () => {
    const result = validateFrontmatter(valid, FILE, "Asia/Seoul");
    expect(result).toEqual({
      ok: true,
      frontmatter: {
        title: "2019 AWS Summit Seoul 메모",
        path: "/2019-04-17-AWS-Summit-Seoul-메모/",
        aliases: [],
        type: "post",
        category: "Diary",
        date: { date: "2019-04-17", timestamp: "2019-04-16T15:00:00.000Z" },
        tags: [],
        draft: false,
        image: null,
        lang: null,
      },
    });
  });

  test("optional fields, NFD text and numbers-as-text are accepted", () => {
    const result = validateFrontmatter(
      {
        title: 1984,
        path: "/메모".normalize("NFD"),
        category: "일상".normalize("NFD"),
        date: "2019-04-17T09:30:00+09:00",
        updated: "2019-05-01",
        tags: ["AWS", 2019],
        description: "요약",
        draft: true,
        unknownField: "ignored",
      },
      FILE,
      "Asia/Seoul",
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.frontmatter).toMatchObject({
      title: "1984",
      path: "/메모/",
      category: "일상",
      tags: ["AWS", "2019"],
      updated: { date: "2019-05-01" },
      description: "요약",
      draft: true,
    });
    expect(result.frontmatter.path).toBe("/메모/".normalize("NFC"));
    expect(result.frontmatter.category).toBe("일상".normalize("NFC"));
  });

  test("old paths (aliases) are checked and stored like path: NFC, trimmed, with a trailing slash", () => {
    const listed = validateFrontmatter(
      { ...valid, aliases: ["/옛날-주소".normalize("NFD"), " /2018/12/old-post/ "] },
      FILE,
      "Asia/Seoul",
    );
    const single = validateFrontmatter(
      { ...valid, aliases: "/옛날-주소" },
      FILE,
      "Asia/Seoul",
    );
    const none = validateFrontmatter(
      { ...valid, aliases: null },
      FILE,
      "Asia/Seoul",
    );
    if (!listed.ok || !single.ok || !none.ok) throw new Error("expected valid");
    expect(listed.frontmatter.aliases).toEqual([
      "/옛날-주소/".normalize("NFC"),
      "/2018/12/old-post/",
    ]);
    expect(single.frontmatter.aliases).toEqual(["/옛날-주소/"]);
    expect(none.frontmatter.aliases).toEqual([]);
  });

  test("a page needs no category, and empty optional fields count as absent", () => {
    const result = validateFrontmatter(
      {
        title: "소개",
        path: "/about",
        type: "page",
        date: "2019-04-01",
        tags: null,
        description: "",
      },
      FILE,
      "Asia/Seoul",
    );
    expect(result.ok && result.frontmatter).toMatchObject({
      type: "page",
      tags: [],
    });
    expect(result.ok && result.frontmatter.description).toBeUndefined();
  });
});

describe("every bad field is reported, each with its value and what was expected", () => {
  test.each([
    ["title", undefined, "(missing)", "non-empty text"],
    ["title", "", '""', "non-empty text"],
    ["title", "   ", '"   "', "non-empty text"],
    ["title", ["a"], '["a"]', "non-empty text"],
    [
      "path",
      undefined,
      "(missing)",
      "a URL path that starts with /, e.g. /2019-04-17-my-post",
    ],
    ["path", "no-slash", '"no-slash"', "a path that starts with /"],
    ["path", "/a b", '"/a b"', "a path without spaces, ?, #, % or \\"],
    ["path", "/a?b", '"/a?b"', "a path without spaces, ?, #, % or \\"],
    ["path", "/a#b", '"/a#b"', "a path without spaces, ?, #, % or \\"],
    ["path", "/a%20b", '"/a%20b"', "a path without spaces, ?, #, % or \\"],
    ["path", "/../x", '"/../x"', "a path without . or .. segments"],
    ["type", "article", '"article"', "post or page"],
    [
      "category",
      undefined,
      "(missing)",
      "a category for every post (only type: page may go without)",
    ],
    ["category", "", '""', "a non-empty category name"],
    [
      "category",
      "!!!",
      '"!!!"',
      "a name with at least one letter or digit (it becomes the URL)",
    ],
    [
      "date",
      undefined,
      "(missing)",
      expect.stringContaining("a real calendar date"),
    ],
    [
      "date",
      "2019-02-30",
      '"2019-02-30"',
      expect.stringContaining("YYYY-MM-DD"),
    ],
    [
      "date",
      "2019-04-17T09:30:00",
      '"2019-04-17T09:30:00"',
      expect.stringContaining("with an offset"),
    ],
    [
      "date",
      20190417,
      "20190417",
      expect.stringContaining("a real calendar date"),
    ],
    [
      "updated",
      "someday",
      '"someday"',
      expect.stringContaining("a real calendar date"),
    ],
    [
      "tags",
      "aws",
      '"aws"',
      "a list of tags, e.g. [AWS, 서버리스] or one `- tag` per line",
    ],
    ["draft", "yes", '"yes"', "true or false"],
  ])("%s = %j", (field, value, shown, expected) => {
    expect(problemsOf({ ...valid, [field]: value })).toEqual([
      { field, value: shown, expected },
    ]);
  });

  test.each([
    [
      "a number",
      1,
      "aliases",
      "1",
      "a list of the post's old URL paths, e.g. [/옛날-주소, /2018/12/old-post]",
    ],
    [
      "one path without its /",
      "old-post",
      "aliases",
      '"old-post"',
      "a path that starts with /",
    ],
    [
      "the second of two",
      ["/옛날-주소", "/a b"],
      "aliases[1]",
      '"/a b"',
      "a path without spaces, ?, #, % or \\",
    ],
    [
      "a list with a non-text item",
      [{ path: "/x" }],
      "aliases[0]",
      '{"path":"/x"}',
      "an old URL path that starts with /, e.g. /2018/12/old-post",
    ],
  ])(
    "aliases: %s is named with its place and what was expected",
    (_, aliases, field, value, expected) => {
      expect(problemsOf({ ...valid, aliases })).toEqual([
        { field, value, expected },
      ]);
    },
  );

  test("an empty tag in a list names its position", () => {
    expect(problemsOf({ ...valid, tags: ["AWS", ""] })).toEqual([
      { field: "tags[1]", value: '""', expected: "a non-empty tag" },
    ]);
  });

  test("all problems of one file come out together, one per field", () => {
    const problems = problemsOf({
      title: "",
      path: "x",
      date: "2019-02-30",
      draft: "no",
    });
    expect(problems.map((p) => p.field).sort()).toEqual([
      "category",
      "date",
      "draft",
      "path",
      "title",
    ]);
  });

  test("frontmatter that is not a mapping is one problem", () => {
    expect(problemsOf("just a sentence")).toEqual([
      {
        field: "frontmatter",
        value: '"just a sentence"',
        expected:
          "a block of `field: value` lines between two --- lines at the top of the file",
      },
    ]);
  });
});
