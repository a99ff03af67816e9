import { planSite } from "../../src/site/plan";
import { day, planOptions, sourcePost } from "../helpers/posts";
import type { ListingPageContext, PlannedPage } from "../../src/site/types";

const options = planOptions;
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
    expect(paths(pages)).toEqual([
      "/",
      "/categories/",
      "/tags/",
      "/series/",
      "/archive/",
    ]);
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
