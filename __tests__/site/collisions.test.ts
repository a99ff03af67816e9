import { planSite } from "../../src/site/plan";
import { sourcePost } from "../helpers/posts";
import type { PlannedPage } from "../../src/site/types";

const options = {
  postsPerPage: 2,
  includeDrafts: false,
  language: "ko",
  timeZone: "Asia/Seoul",
};
/** Which posts a listing shows, by id (the helper's posts live at /<id>/). */
const paths = (pages: PlannedPage[], template?: PlannedPage["template"]) =>
  pages.filter((p) => !template || p.template === template).map((p) => p.path);

describe("collisions across posts", () => {
  test("paths equal after NFC, case and trailing slash fail, naming both files", () => {
    const { problems, pages } = planSite(
      [
        sourcePost("one", { path: "/메모/Hello" }),
        sourcePost("two", { path: "/메모/hello/".normalize("NFD") }),
      ],
      options,
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: "content/posts/one.md",
        field: "path",
        expected: expect.stringContaining("content/posts/two.md"),
      }),
      expect.objectContaining({
        file: "content/posts/two.md",
        field: "path",
        expected: expect.stringContaining("content/posts/one.md"),
      }),
    ]);
    expect(paths(pages, "post")).toHaveLength(1);
  });

  test("a post may not take a URL the site generates", () => {
    const { problems } = planSite(
      [
        sourcePost("a"),
        sourcePost("b", { path: "/category/diary" }),
        sourcePost("c", { path: "/404" }),
      ],
      options,
    );
    expect(problems.map((p) => [p.file, p.expected])).toEqual([
      ["content/posts/b.md", expect.stringContaining('the category "Diary"')],
      ["content/posts/c.md", expect.stringContaining("the not-found page")],
    ]);
  });

  test("two category spellings with one URL fail, naming both files", () => {
    const { problems } = planSite(
      [
        sourcePost("a", { category: "Dev Ops" }),
        sourcePost("b", { category: "dev-ops" }),
      ],
      options,
    );
    expect(problems).toEqual([
      {
        file: "content/posts/a.md",
        field: "category",
        value: '"Dev Ops"',
        expected:
          'one spelling per category — "dev-ops" in content/posts/b.md has the same URL /category/dev-ops/',
      },
      {
        file: "content/posts/b.md",
        field: "category",
        value: '"dev-ops"',
        expected:
          'one spelling per category — "Dev Ops" in content/posts/a.md has the same URL /category/dev-ops/',
      },
    ]);
  });

  test("tags collide the same way, even inside drafts", () => {
    const { problems } = planSite(
      [
        sourcePost("a", { tags: ["Dev Ops"] }),
        sourcePost("b", { tags: ["dev-ops"], draft: true }),
      ],
      options,
    );
    expect(problems.map((p) => [p.file, p.field, p.value])).toEqual([
      ["content/posts/a.md", "tags", '"Dev Ops"'],
      ["content/posts/b.md", "tags", '"dev-ops"'],
    ]);
  });

  test("the same name used by many posts is no collision", () => {
    const { problems } = planSite(
      [sourcePost("a", { tags: ["AWS"] }), sourcePost("b", { tags: ["AWS"] })],
      options,
    );
    expect(problems).toEqual([]);
  });
});

describe("old paths (aliases) collide like any other path", () => {
  const lines = (problems: ReturnType<typeof planSite>["problems"]) =>
    problems.map((p) => `${p.file}: ${p.field}: ${p.value} — ${p.expected}`);

  test.each([
    [
      "another post's path",
      [sourcePost("old", { aliases: ["/New-Home"] }), sourcePost("new-home")],
      [
        'content/posts/old.md: aliases: "/New-Home/" — a path no other post or old path (aliases) has — content/posts/new-home.md ("/new-home/") differs',
        'content/posts/new-home.md: path: "/new-home/" — a path no other post or old path (aliases) has — content/posts/old.md (aliases: "/New-Home/") differs',
      ],
    ],
    [
      "another post's old path, in NFD",
      [
        sourcePost("a", { aliases: ["/옛날-주소"] }),
        sourcePost("b", { aliases: ["/옛날-주소/".normalize("NFD")] }),
      ],
      [
        'content/posts/a.md: aliases: "/옛날-주소/" — a path no other post or old path (aliases) has — content/posts/b.md (aliases: "/옛날-주소/") differs',
        'content/posts/b.md: aliases: "/옛날-주소/" — a path no other post or old path (aliases) has — content/posts/a.md (aliases: "/옛날-주소/") differs',
      ],
    ],
    [
      "the post's own path",
      [sourcePost("same", { aliases: ["/SAME"] })],
      [
        'content/posts/same.md: path: "/same/" — a path no other post or old path (aliases) has — content/posts/same.md (aliases: "/SAME/") differs',
        'content/posts/same.md: aliases: "/SAME/" — a path no other post or old path (aliases) has — content/posts/same.md ("/same/") differs',
      ],
    ],
    [
      "a tag listing",
      [sourcePost("a", { tags: ["AWS"], aliases: ["/tag/aws"] })],
      [
        'content/posts/a.md: aliases: "/tag/aws/" — a path the site does not generate itself — /tag/aws/ is page 1 of the tag "AWS"',
      ],
    ],
    [
      "the search page",
      [sourcePost("a", { aliases: ["/Search"] })],
      [
        'content/posts/a.md: aliases: "/Search/" — a path the site does not generate itself — /search/ is the search page',
      ],
    ],
  ])(
    "an old path equal to %s fails, naming both files",
    (_, posts, expected) => {
      const { problems } = planSite(posts, options);
      expect(lines(problems)).toEqual(
        expected.map((line) => expect.stringContaining(line)),
      );
    },
  );

  test("a draft's old path is not taken: it has no page yet", () => {
    const { problems } = planSite(
      [sourcePost("draft", { draft: true, aliases: ["/b"] }), sourcePost("b")],
      options,
    );
    expect(problems).toEqual([]);
  });
});
