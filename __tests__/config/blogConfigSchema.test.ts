import { blogConfig } from "../../blog.config";
import {
  assertBlogConfig,
  blogConfigProblems,
} from "../../src/config/blogConfigSchema";

const lines = (config: unknown) =>
  blogConfigProblems(config).map(
    (p) => `${p.file}: ${p.field}: ${p.value} — expected ${p.expected}`,
  );

test("the sample blog's settings are valid", () => {
  expect(blogConfigProblems(blogConfig)).toEqual([]);
  expect(() => assertBlogConfig(blogConfig)).not.toThrow();
});

test.each([
  [
    "siteUrl",
    "example.com",
    /siteUrl: "example\.com" — expected an http\(s\) origin/u,
  ],
  [
    "siteUrl",
    "https://example.com/",
    /siteUrl: "https:\/\/example\.com\/" — expected an http\(s\) origin without a path or trailing slash/u,
  ],
  ["siteUrl", "https://name.github.io/blog", /PATH_PREFIX/u],
  [
    "timeZone",
    "Seoul",
    /timeZone: "Seoul" — expected an IANA time zone, e.g\. Asia\/Seoul/u,
  ],
  ["language", "ja", /language: "ja" — expected ko or en/u],
  [
    "postsPerPage",
    0,
    /postsPerPage: 0 — expected a whole number of posts from 1 to 100/u,
  ],
  ["postsPerPage", 2.5, /postsPerPage: 2\.5/u],
  ["feedPostCount", "50", /feedPostCount: "50" — expected a whole number/u],
  ["title", "  ", /title: " {2}" — expected the site's name, non-empty text/u],
  ["author", undefined, /author: \(missing\) — expected the author's name/u],
  [
    "profile",
    { name: "김개발", links: { github: "github.com/kim" } },
    /profile\.links\.github: "github\.com\/kim" — expected an https:\/\/ address/u,
  ],
  [
    "profile",
    { name: "김개발", links: { email: "kim at example" } },
    /profile\.links\.email: "kim at example" — expected an email address/u,
  ],
  [
    "profile",
    { name: "김개발", avatar: "static/me.png" },
    /profile\.avatar: "static\/me\.png" — expected a path of an image in static\//u,
  ],
  [
    "profile",
    { name: "김개발", links: { mastodon: "https://a.social/@kim" } },
    /profile\.links: "mastodon" — expected only what blog\.config\.ts documents for profile\.links/u,
  ],
  [
    "comments",
    {
      giscus: {
        repo: "https://github.com/kim/blog",
        repoId: "R_1",
        category: "Comments",
        categoryId: "DIC_1",
      },
    },
    /comments\.giscus\.repo: "https:\/\/github\.com\/kim\/blog" — expected owner\/repository/u,
  ],
  [
    "comments",
    { giscus: { repo: "kim/blog", category: "Comments", categoryId: "DIC_1" } },
    /comments\.giscus\.repoId: \(missing\) — expected the id giscus\.app shows/u,
  ],
  [
    "contentSecurityPolicy",
    { "script-src": ["'unsafe-inline'"] },
    /contentSecurityPolicy\.script-src\.0: "'unsafe-inline'" — expected an https source/u,
  ],
  [
    "contentSecurityPolicy",
    { "frame-src": ["http://video.example.com"] },
    /contentSecurityPolicy\.frame-src\.0: .* — expected an https source/u,
  ],
  [
    "contentSecurityPolicy",
    { "img-src": ["https://cdn.example.com"] },
    /contentSecurityPolicy: "img-src" — expected/u,
  ],
])("%s: %p is named, with what was expected", (setting, value, message) => {
  const found = lines({ ...blogConfig, [setting]: value });
  expect(found).toHaveLength(1);
  expect(found[0]).toMatch(/^blog\.config\.ts: /u);
  expect(found[0]).toMatch(message);
});

test("every wrong setting is named in one run, and a misspelt one too", () => {
  const found = lines({
    ...blogConfig,
    siteUrl: "example.com",
    timeZone: "KST",
    postPerPage: 10,
  });
  expect(found).toHaveLength(3);
  expect(found.join("\n")).toMatch(
    /blogConfig: "postPerPage" — expected only the settings/u,
  );
});

test("assertBlogConfig stops with every line", () => {
  expect(() =>
    assertBlogConfig({ ...blogConfig, language: "ja", postsPerPage: -1 }),
  ).toThrow(
    /^blog\.config\.ts has 2 wrong settings:\nblog\.config\.ts: language: "ja" — expected ko or en\nblog\.config\.ts: postsPerPage: -1/u,
  );
});
