import { planSite } from "../../src/site/plan";
import { sourcePost } from "../helpers/posts";
import type { ListingPageContext, PlannedPage } from "../../src/site/types";

const day = (n: number) => `2020-01-${String(n).padStart(2, "0")}`;
const options = {
  postsPerPage: 2,
  includeDrafts: false,
  language: "ko",
  timeZone: "Asia/Seoul",
};
/** Which posts a listing shows, by id (the helper's posts live at /<id>/). */
const ids = (context: ListingPageContext) =>
  context.posts.map((p) => p.url.slice(1, -1));
const paths = (pages: PlannedPage[], template?: PlannedPage["template"]) =>
  pages.filter((p) => !template || p.template === template).map((p) => p.path);

describe("planSite", () => {
  const posts = [
    sourcePost("a", { date: day(1), category: "일상", tags: ["제주"] }),
    sourcePost("b", {
      date: day(2),
      category: "Dev Ops",
      tags: ["AWS", "제주"],
    }),
    sourcePost("c", { date: day(3), category: "일상" }),
    sourcePost("d", { date: day(4), category: "일상" }),
    sourcePost("e", { date: day(5), category: "일상" }),
    sourcePost("about", { type: "page", category: undefined }),
    sourcePost("draft", { date: day(9), category: "초안함", draft: true }),
  ];

  test("home lists posts newest first, paginated, without pages or drafts", () => {
    const { pages, problems } = planSite(posts, options);
    expect(problems).toEqual([]);
    const home = pages.filter(
      (p) => p.template === "listing" && p.context.listing.kind === "home",
    );
    expect(
      home.map((p) => [p.path, p.template === "listing" && ids(p.context)]),
    ).toEqual([
      ["/", ["e", "d"]],
      ["/page/2/", ["c", "b"]],
      ["/page/3/", ["a"]],
    ]);
    expect(
      home.every((p) => p.template === "listing" && p.context.pageCount === 3),
    ).toBe(true);
  });

  test("every post gets its page; a standalone page gets one too, in no listing", () => {
    const { pages } = planSite(posts, options);
    expect(paths(pages, "post").sort()).toEqual([
      "/a/",
      "/b/",
      "/c/",
      "/d/",
      "/e/",
    ]);
    expect(paths(pages, "page")).toEqual(["/about/"]);
    const listed = pages.flatMap((p) =>
      p.template === "listing" ? ids(p.context) : [],
    );
    expect(listed).not.toContain("about");
  });

  test("category and tag listings use the shared slug, paginated, newest first", () => {
    const { pages } = planSite(posts, options);
    expect(paths(pages, "listing")).toEqual(
      expect.arrayContaining([
        "/category/일상/",
        "/category/일상/page/2/",
        "/category/dev-ops/",
        "/tag/제주/",
        "/tag/aws/",
      ]),
    );
    const jeju = pages.find((p) => p.path === "/tag/제주/");
    expect(jeju?.template === "listing" && ids(jeju.context)).toEqual([
      "b",
      "a",
    ]);
  });

  test("indexes count each category and tag, in the site language's order", () => {
    const terms = (language: string) => {
      const { pages } = planSite(posts, { ...options, language });
      const index = pages.find((p) => p.path === "/categories/");
      return index?.template === "termIndex" ? index.context.terms : [];
    };
    expect(terms("ko")).toEqual([
      { name: "일상", slug: "일상", url: "/category/일상/", count: 4 },
      { name: "Dev Ops", slug: "dev-ops", url: "/category/dev-ops/", count: 1 },
    ]);
    expect(terms("en").map((t) => t.name)).toEqual(["Dev Ops", "일상"]);
  });

  test("previous is the next older post, next the next newer one", () => {
    const { pages } = planSite(posts, options);
    const context = (path: string) => {
      const page = pages.find((p) => p.path === path);
      return page?.template === "post" ? page.context : undefined;
    };
    expect(context("/c/")).toMatchObject({
      previous: { url: "/b/", title: "Post b" },
      next: { url: "/d/", title: "Post d" },
    });
    expect(context("/a/")?.previous).toBeNull();
    expect(context("/e/")?.next).toBeNull();
  });

  test("drafts are left out of production and shown in develop", () => {
    const production = planSite(posts, options);
    expect(paths(production.pages)).not.toContain("/draft/");
    expect(paths(production.pages)).not.toContain("/category/초안함/");
    const develop = planSite(posts, { ...options, includeDrafts: true });
    expect(paths(develop.pages)).toEqual(
      expect.arrayContaining(["/draft/", "/category/초안함/"]),
    );
    const home = develop.pages.find((p) => p.path === "/");
    expect(home?.template === "listing" && ids(home.context)[0]).toBe("draft");
  });

  test("the archive files every listed post by year and month in Seoul time", () => {
    const { pages } = planSite(
      [
        sourcePost("new-year", { date: "2020-01-01" }),
        // 23:30 on 31 December in New York is already 1 January in Seoul
        sourcePost("ny-eve", { date: "2019-12-31T23:30:00-05:00" }),
        sourcePost("dec", { date: "2019-12-05" }),
        sourcePost("jul", { date: "2019-07-01" }),
        sourcePost("about", { type: "page", category: undefined }),
      ],
      options,
    );
    const archive = pages.find((p) => p.path === "/archive/");
    const years = archive?.template === "archive" ? archive.context.years : [];
    expect(
      years.map(({ year, count, months }) => [
        year,
        count,
        months.map((m) => [m.month, m.posts.map((p) => p.url)]),
      ]),
    ).toEqual([
      [2020, 2, [[1, ["/ny-eve/", "/new-year/"]]]],
      [
        2019,
        2,
        [
          [12, ["/dec/"]],
          [7, ["/jul/"]],
        ],
      ],
    ]);
  });

  test("an empty blog still has a home page and empty indexes", () => {
    const { pages } = planSite([], options);
    expect(paths(pages)).toEqual(["/", "/categories/", "/tags/", "/archive/"]);
  });

  test("1,200 posts make 1,200 post pages — no silent cap", () => {
    const many = Array.from({ length: 1200 }, (_, i) =>
      sourcePost(`p${i}`, { date: `20${String(10 + (i % 10))}-01-01` }),
    );
    const { pages } = planSite(many, { ...options, postsPerPage: 10 });
    expect(paths(pages, "post")).toHaveLength(1200);
    expect(paths(pages).filter((p) => /^\/page\/\d+\/$/u.test(p))).toHaveLength(
      119,
    );
  });
});

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

describe("spellings of one term (letter case) are one listing", () => {
  const tagListing = (pages: PlannedPage[]) =>
    pages.find((p) => p.path === "/tag/aws/");
  const tagIndex = (pages: PlannedPage[]) =>
    pages.find((p) => p.path === "/tags/");

  test("shown with the spelling most posts use, counting every post, with a warning for the others", () => {
    const { pages, problems, warnings } = planSite(
      [
        sourcePost("a", { tags: ["aws"], date: "2020-01-01" }),
        sourcePost("b", { tags: ["AWS"], date: "2020-01-02" }),
        sourcePost("c", { tags: ["AWS"], date: "2020-01-03" }),
      ],
      options,
    );
    expect(problems).toEqual([]);
    const listing = tagListing(pages);
    expect(listing?.context).toMatchObject({
      listing: { kind: "tag", name: "AWS" },
    });
    expect(
      tagIndex(pages)?.template === "termIndex" && tagIndex(pages)?.context,
    ).toMatchObject({ terms: [{ name: "AWS", count: 3 }] });
    expect(warnings).toEqual([
      {
        file: "content/posts/a.md",
        field: "tags",
        value: '"aws"',
        expected:
          'one spelling per tag — shown as "AWS", as 2 of the 3 posts with it write it; merged into /tag/aws/',
      },
    ]);
  });

  test("on a tie the oldest post's spelling wins, and cards show it", () => {
    const { pages } = planSite(
      [
        sourcePost("new", { category: "diary", date: "2021-05-05" }),
        sourcePost("old", { category: "Diary", date: "2019-01-01" }),
      ],
      options,
    );
    const home = pages.find((p) => p.path === "/");
    expect(
      home?.template === "listing" &&
        home.context.posts.map((card) => card.category?.name),
    ).toEqual(["Diary", "Diary"]);
    expect(pages.map((p) => p.path)).toContain("/category/diary/");
  });

  test("one post tagged [AWS, aws] has the tag once", () => {
    const { pages, warnings } = planSite(
      [sourcePost("a", { tags: ["AWS", "aws"] })],
      options,
    );
    const listing = tagListing(pages);
    expect(
      listing?.template === "listing" && listing.context.posts.length,
    ).toBe(1);
    expect(warnings).toHaveLength(1);
  });
});
