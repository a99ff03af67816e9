import { buildTime, isScheduled } from "../../src/content/buildTime";
import { planSite } from "../../src/site/plan";
import type {
  ArchiveContext,
  ListingPageContext,
  PostPageContext,
} from "../../src/site/types";
import { planOptions, sourcePost } from "../helpers/posts";

const options = {
  ...planOptions,
  postsPerPage: 5,
  // 2026-12-24 00:00 in Seoul is 15:00 UTC the day before.
  now: "2026-12-23T15:00:00.000Z",
};
const posts = [
  sourcePost("past", { date: "2026-12-01", tags: ["a"] }),
  sourcePost("today", { date: "2026-12-24", tags: ["a"] }),
  sourcePost("tomorrow", { date: "2026-12-25", tags: ["a"] }),
  sourcePost("tonight", { date: "2026-12-24T21:00:00+09:00", tags: ["a"] }),
  sourcePost("about", {
    type: "page",
    category: undefined,
    date: "2030-01-01",
  }),
];
const paths = (o = options) => planSite(posts, o).pages.map((p) => p.path);

test("a post dated after the build's moment gets no page and is in no listing or archive", () => {
  const { pages } = planSite(posts, options);
  expect(paths()).toContain("/past/");
  // Dated the day the build runs, in the site's zone: published.
  expect(paths()).toContain("/today/");
  expect(paths()).not.toContain("/tomorrow/");
  expect(paths()).not.toContain("/tonight/");
  const home = pages.find((p) => p.path === "/")?.context as ListingPageContext;
  expect(home.posts.map((p) => p.url)).toEqual(["/today/", "/past/"]);
  const tag = pages.find((p) => p.path === "/tag/a/")
    ?.context as ListingPageContext;
  expect(tag.posts).toHaveLength(2);
  const archive = pages.find((p) => p.path === "/archive/")
    ?.context as ArchiveContext;
  expect(JSON.stringify(archive)).not.toContain("tomorrow");
  // A standalone page has no schedule: its date is not a publication date.
  expect(paths()).toContain("/about/");
});

test("in develop it is shown, marked as scheduled, and never offered as related", () => {
  const { pages } = planSite(posts, { ...options, includeDrafts: true });
  const home = pages.find((p) => p.path === "/")?.context as ListingPageContext;
  expect(home.posts.filter((p) => p.scheduled).map((p) => p.url)).toEqual([
    "/tomorrow/",
    "/tonight/",
  ]);
  const tomorrow = pages.find((p) => p.path === "/tomorrow/")
    ?.context as PostPageContext;
  expect(tomorrow.scheduled).toBe(true);
  const past = pages.find((p) => p.path === "/past/")
    ?.context as PostPageContext;
  expect(past.scheduled).toBe(false);
  expect(past.related.map((p) => p.url)).toEqual(["/today/"]);
});

test("the build's moment: now, or BLOG_BUILD_TIME with its offset; anything else is named", () => {
  expect(buildTime({ BLOG_BUILD_TIME: "2026-12-24T09:00:00+09:00" })).toBe(
    "2026-12-24T00:00:00.000Z",
  );
  const before = Date.now();
  expect(Date.parse(buildTime({}))).toBeGreaterThanOrEqual(before);
  expect(() => buildTime({ BLOG_BUILD_TIME: "2026-12-24" })).toThrow(
    /^BLOG_BUILD_TIME: "2026-12-24" — expected an ISO 8601 date-time with its offset/u,
  );
  expect(() => buildTime({ BLOG_BUILD_TIME: "tomorrow" })).toThrow(
    /BLOG_BUILD_TIME/u,
  );
  expect(
    isScheduled(
      { kind: "post", timestamp: "2026-12-24T00:00:00.001Z" },
      "2026-12-24T00:00:00.000Z",
    ),
  ).toBe(true);
});
