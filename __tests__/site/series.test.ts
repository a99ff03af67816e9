import { planSite } from "../../src/site/plan";
import type {
  ListingPageContext,
  PlannedPage,
  PostPageContext,
  TermIndexContext,
} from "../../src/site/types";
import { day, planOptions, sourcePost } from "../helpers/posts";

const options = planOptions;
const K8S = "쿠버네티스 입문기";
const posts = [
  sourcePost("k3", { date: day(5), series: K8S }),
  sourcePost("k1", { date: day(1), series: K8S }),
  sourcePost("k2", { date: day(3), series: K8S }),
  sourcePost("other", { date: day(4) }),
  sourcePost("k4-draft", { date: day(9), series: K8S, draft: true }),
  sourcePost("go", { date: day(2), series: "Go 100제" }),
];
const page = (pages: PlannedPage[], path: string) =>
  pages.find((p) => p.path === path);

describe("series", () => {
  test("each series gets one page with every post, oldest first, and the index counts them", () => {
    const { pages, problems } = planSite(posts, options);
    expect(problems).toEqual([]);
    const series = page(pages, "/series/쿠버네티스-입문기/")
      ?.context as ListingPageContext;
    // One page although postsPerPage is 2: a series is read from its start.
    expect(series.posts.map((p) => p.url)).toEqual(["/k1/", "/k2/", "/k3/"]);
    expect(series.listing).toEqual({ kind: "series", name: K8S });
    expect(page(pages, "/series/쿠버네티스-입문기/page/2/")).toBeUndefined();
    const index = page(pages, "/series/")?.context as TermIndexContext;
    // In the site language's order: Korean puts Hangul before Latin.
    expect(index.terms.map((t) => [t.name, t.url, t.count])).toEqual([
      [K8S, "/series/쿠버네티스-입문기/", 3],
      ["Go 100제", "/series/go-100제/", 1],
    ]);
  });

  test("a post knows its place, its series' posts and nothing of the drafts", () => {
    const { pages } = planSite(posts, options);
    const k2 = page(pages, "/k2/")?.context as PostPageContext;
    expect(k2.series).toEqual({
      name: K8S,
      url: "/series/쿠버네티스-입문기/",
      index: 1,
      posts: [
        { title: "Post k1", url: "/k1/" },
        { title: "Post k2", url: "/k2/" },
        { title: "Post k3", url: "/k3/" },
      ],
    });
    expect(
      (page(pages, "/other/")?.context as PostPageContext).series,
    ).toBeNull();
  });

  test("in develop, drafts are in their series", () => {
    const { pages } = planSite(posts, { ...options, includeDrafts: true });
    const k1 = page(pages, "/k1/")?.context as PostPageContext;
    expect(k1.series?.posts.map((p) => p.url)).toEqual([
      "/k1/",
      "/k2/",
      "/k3/",
      "/k4-draft/",
    ]);
  });

  test("names that make one URL are an error naming both files; letter case is one series", () => {
    const clash = planSite(
      [
        sourcePost("a", { series: "Dev Ops" }),
        sourcePost("b", { series: "dev-ops" }),
      ],
      options,
    );
    expect(clash.problems.map((p) => [p.file, p.field, p.value])).toEqual([
      ["content/posts/a.md", "series", '"Dev Ops"'],
      ["content/posts/b.md", "series", '"dev-ops"'],
    ]);
    expect(clash.problems[0]?.expected).toMatch(
      /^one spelling per series — "dev-ops" in content\/posts\/b\.md has the same URL \/series\/dev-ops\//u,
    );
    const merged = planSite(
      [
        sourcePost("a", { series: "AWS 입문", date: day(1) }),
        sourcePost("b", { series: "aws 입문", date: day(2) }),
      ],
      options,
    );
    expect(merged.problems).toEqual([]);
    expect(merged.warnings.map((w) => w.file)).toEqual(["content/posts/b.md"]);
    const b = page(merged.pages, "/b/")?.context as PostPageContext;
    expect(b.series?.name).toBe("AWS 입문");
  });

  test("a post may not take a series' URL", () => {
    const { problems } = planSite(
      [sourcePost("k1", { series: K8S }), sourcePost("series")],
      options,
    );
    expect(problems.map((p) => p.file)).toEqual(["content/posts/series.md"]);
    expect(problems[0]?.expected).toMatch(/the series index/u);
  });
});

test("frontmatter: a series name becomes its URL; an empty one is a problem naming the field", () => {
  expect(sourcePost("a", { series: "쿠버네티스 입문기" }).post.series).toEqual({
    name: "쿠버네티스 입문기",
    slug: "쿠버네티스-입문기",
    url: "/series/쿠버네티스-입문기/",
  });
  expect(() => sourcePost("b", { series: "" })).toThrow(
    /"field":"series".*"expected":"a non-empty series name/u,
  );
});
