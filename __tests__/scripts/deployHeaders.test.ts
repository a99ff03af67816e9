import {
  cacheControl,
  contentType,
  IMMUTABLE,
  REVALIDATE,
} from "../../scripts/deploy/cacheRules";
import { normalizePrefix } from "../../scripts/deploy/plan";

const POST = "2019-04-17-AWS-Summit-Seoul-메모/index.html";

describe("headers", () => {
  test.each([
    ["index.html", REVALIDATE, "text/html; charset=utf-8"],
    [POST, REVALIDATE, "text/html; charset=utf-8"],
    ["page-data/app-data.json", REVALIDATE, "application/json; charset=utf-8"],
    [
      "page-data/about/page-data.json",
      REVALIDATE,
      "application/json; charset=utf-8",
    ],
    [
      "page-data/sq/d/3159585216.json",
      REVALIDATE,
      "application/json; charset=utf-8",
    ],
    ["sw.js", REVALIDATE, "text/javascript; charset=utf-8"],
    ["~partytown/partytown.js", REVALIDATE, "text/javascript; charset=utf-8"],
    [
      "app-034974a2eea594946c9e.js",
      IMMUTABLE,
      "text/javascript; charset=utf-8",
    ],
    [
      "app-034974a2eea594946c9e.js.map",
      IMMUTABLE,
      "application/json; charset=utf-8",
    ],
    [
      "component---src-templates-post-template-tsx-38b15c07143d2ab038af.js",
      IMMUTABLE,
      "text/javascript; charset=utf-8",
    ],
    ["styles.87177d6f4860afd24991.css", IMMUTABLE, "text/css; charset=utf-8"],
    [
      "framework-86153dbece6fb0cc8b92.js.LICENSE.txt",
      REVALIDATE,
      "text/plain; charset=utf-8",
    ],
    [
      "static/a012d39c5fac69997b6712ce1c692b9e/seongsan.jpg",
      IMMUTABLE,
      "image/jpeg",
    ],
    [
      "static/a012d39c5fac69997b6712ce1c692b9e/seongsan.webp",
      IMMUTABLE,
      "image/webp",
    ],
    ["katex/0.19.1/fonts/KaTeX_Main-Regular.woff2", IMMUTABLE, "font/woff2"],
    ["og/1x6zqr0z9h6.png", IMMUTABLE, "image/png"],
    ["rss.xml", REVALIDATE, "application/xml; charset=utf-8"],
    ["robots.txt", REVALIDATE, "text/plain; charset=utf-8"],
    ["favicon.svg", REVALIDATE, "image/svg+xml; charset=utf-8"],
    ["icons/icon-192x192.png", REVALIDATE, "image/png"],
    [
      "manifest.webmanifest",
      REVALIDATE,
      "application/manifest+json; charset=utf-8",
    ],
    ["README", REVALIDATE, "application/octet-stream"],
  ])("%s: %s, %s", (path, cache, type) => {
    expect(cacheControl(path)).toBe(cache);
    expect(contentType(path)).toBe(type);
  });
});

test.each([
  [undefined, ""],
  ["", ""],
  ["/", ""],
  ["blog", "blog/"],
  ["/blog/", "blog/"],
  ["sites/블로그", "sites/블로그/"],
  ["sites/\u1107\u1173\u11af\u1105\u1169\u1100\u1173", "sites/블로그/"],
])("prefix %j is the key prefix %j", (prefix, expected) => {
  expect(normalizePrefix(prefix)).toBe(expected);
});
