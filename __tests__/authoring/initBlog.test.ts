import {
  configEdits,
  firstPost,
  samplesFolder,
} from "../../src/authoring/initBlog";
import { readPost } from "../../src/content/readPost";

const current = {
  author: "블로그 주인",
  profile: { name: "블로그 주인", links: { github: "https://github.com/x" } },
};
const answers = (entries: Record<string, string>) =>
  new Map(Object.entries(entries));

test.each([
  [
    "the profile's name follows the author it was",
    current,
    { author: "김개발" },
    [
      { path: ["profile", "name"], value: "김개발" },
      { path: ["author"], value: "김개발" },
    ],
  ],
  [
    "a profile name of its own stays",
    { ...current, profile: { name: "Kim" } },
    { author: "김개발" },
    [{ path: ["author"], value: "김개발" }],
  ],
  [
    "an empty link removes it; an empty title stays empty, for the schema to refuse",
    current,
    { github: "", title: " " },
    [
      { path: ["title"], value: "" },
      { path: ["profile", "links", "github"], value: undefined },
    ],
  ],
  [
    "a link on a blog without a profile makes one named after the author",
    { author: "블로그 주인" },
    { x: "https://x.com/kim" },
    [
      { path: ["profile", "name"], value: "블로그 주인" },
      { path: ["profile", "links", "x"], value: "https://x.com/kim" },
    ],
  ],
])("%s", (_, config, given, edits) => {
  expect(configEdits(config, answers(given))).toEqual(edits);
});

test("the samples' folder never replaces one that exists", () => {
  const taken = new Set([
    "samples/posts-2026-12-01",
    "samples/posts-2026-12-01-2",
  ]);
  expect(samplesFolder("2026-12-01", (f) => taken.has(f))).toBe(
    "samples/posts-2026-12-01-3",
  );
  expect(samplesFolder("2026-12-02", (f) => taken.has(f))).toBe(
    "samples/posts-2026-12-02",
  );
});

test("the first post is dated in the blog's time zone and passes the build's reader", () => {
  // 00:30 on 2 December in Seoul.
  const now = new Date("2026-12-01T15:30:00Z");
  const post = firstPost(
    undefined,
    { timeZone: "Asia/Seoul", language: "ko" },
    now,
  );
  expect(post?.file).toBe("content/posts/2026-12-02-첫-글.md");
  const read = post && readPost(post.source, post.file, "Asia/Seoul");
  expect(read?.ok && read.post.url).toBe("/2026-12-02-첫-글/");
  expect(
    firstPost("Hello, world", { timeZone: "UTC", language: "en" }, now)?.file,
  ).toBe("content/posts/2026-12-01-Hello,-world.md");
  expect(firstPost("???", { timeZone: "UTC", language: "en" }, now)).toBe(
    undefined,
  );
});
