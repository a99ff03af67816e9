import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { JSDOM } from "jsdom";
import {
  buildSite,
  createScratchSite,
  type BuildResult,
} from "../../scripts/scratchSite";

/**
 * A build for a site served below the origin, as GitHub Pages serves a project site: every
 * link, script, canonical URL, feed link and sitemap entry must carry the prefix, or it 404s.
 */

const PREFIX = "/dev-diary";
const ORIGIN = "https://example.com";
const fixtures = path.resolve("__tests__/fixtures/build-good");
const keep = process.env.KEEP_SCRATCH === "1";

let site: string;
let result: BuildResult;

function publicFiles(extension: string): string[] {
  const dir = path.join(site, "public");
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) =>
      path.relative(dir, path.join(entry.parentPath, entry.name)),
    );
}

function read(file: string): string {
  return readFileSync(path.join(site, "public", file), "utf8");
}

beforeAll(async () => {
  site = createScratchSite([
    path.resolve("content/posts/2019-04-17-AWS-Summit-Seoul-메모.md"),
    // A photo beside a post: gatsby-remark-photos writes src and srcset.
    path.resolve("content/posts/2024-05-04-제주-한-달-살기-첫-주"),
    ...readdirSync(fixtures).map((f) => path.join(fixtures, f)),
  ]);
  const saved = { ...process.env };
  // buildSite passes the test's environment to gatsby.
  Object.assign(process.env, { PATH_PREFIX: PREFIX, PREFIX_PATHS: "true" });
  try {
    result = await buildSite(site);
  } finally {
    process.env = saved;
  }
});

afterAll(() => {
  if (!keep) rmSync(site, { recursive: true, force: true });
});

test("builds", () => {
  expect(result.code).toBe(0);
});

/** Attributes whose value is a URL (HTML's and SVG's), and `srcset`, which lists several. */
const URL_ATTRIBUTES = [
  "href",
  "src",
  "action",
  "formaction",
  "poster",
  "cite",
  "data",
  "manifest",
  "background",
  "xlink:href",
  "ping",
];

/** Every URL a page's markup and styles name, each with where it was found. */
function urlsIn(html: string): Array<{ where: string; url: string }> {
  const doc = new JSDOM(html).window.document;
  const found: Array<{ where: string; url: string }> = [];
  for (const element of doc.querySelectorAll("*")) {
    const tag = element.tagName.toLowerCase();
    for (const attribute of element.getAttributeNames()) {
      const value = element.getAttribute(attribute) ?? "";
      if (URL_ATTRIBUTES.includes(attribute))
        found.push({ where: `<${tag} ${attribute}>`, url: value.trim() });
      else if (attribute === "srcset" || attribute === "imagesrcset")
        for (const candidate of value.split(","))
          found.push({
            where: `<${tag} ${attribute}>`,
            url: candidate.trim().split(/\s+/u)[0] ?? "",
          });
      else if (tag === "meta" && attribute === "content" && /^\//u.test(value))
        found.push({ where: "<meta content>", url: value });
    }
    const css =
      tag === "style" ? element.textContent : element.getAttribute("style");
    for (const match of (css ?? "").matchAll(/url\(\s*["']?([^"')]+)/gu))
      found.push({ where: `<${tag}> css`, url: match[1] ?? "" });
  }
  return found;
}

test("every site-relative URL in every page starts with the prefix: links, assets, forms, srcset, styles", () => {
  const pages = publicFiles(".html");
  expect(pages.length).toBeGreaterThan(10);
  const unprefixed: string[] = [];
  let checked = 0;
  const kinds = new Set<string>();
  for (const file of pages) {
    for (const { where, url } of urlsIn(read(file))) {
      if (!url.startsWith("/") || url.startsWith("//")) continue;
      checked += 1;
      kinds.add(where);
      if (!url.startsWith(`${PREFIX}/`))
        unprefixed.push(`${file}: ${where} ${url}`);
    }
  }
  expect(unprefixed).toEqual([]);
  // The search form and the post's responsive image are among what was read.
  expect([...kinds]).toEqual(
    expect.arrayContaining(["<form action>", "<source srcset>", "<a href>"]),
  );
  expect(checked).toBeGreaterThan(100);
});

test("canonical URLs, Open Graph and JSON-LD name the prefixed address", () => {
  const doc = new JSDOM(read("2019-04-17-AWS-Summit-Seoul-메모/index.html"))
    .window.document;
  const post = `${ORIGIN}${PREFIX}/2019-04-17-AWS-Summit-Seoul-%EB%A9%94%EB%AA%A8/`;
  expect(doc.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(
    post,
  );
  expect(
    doc.querySelector('meta[property="og:url"]')?.getAttribute("content"),
  ).toBe(post);
  const ld =
    doc.querySelector('script[type="application/ld+json"]')?.textContent ?? "";
  const urls = [...ld.matchAll(/"(https:\/\/example\.com[^"]*)"/gu)].map(
    (m) => m[1],
  );
  expect(urls.length).toBeGreaterThan(0);
  expect(urls.filter((url) => !url?.startsWith(`${ORIGIN}${PREFIX}/`))).toEqual(
    [],
  );
});

test("the feed, sitemap and robots.txt point below the prefix", () => {
  const links = [...read("rss.xml").matchAll(/<link>([^<]+)<\/link>/gu)].map(
    (m) => m[1],
  );
  expect(links.length).toBeGreaterThan(1);
  expect(
    links.filter((url) => !url?.startsWith(`${ORIGIN}${PREFIX}/`)),
  ).toEqual([]);
  const locs = [...read("sitemap-0.xml").matchAll(/<loc>([^<]+)<\/loc>/gu)].map(
    (m) => m[1],
  );
  expect(locs).toContain(
    `${ORIGIN}${PREFIX}/2019-04-17-AWS-Summit-Seoul-%EB%A9%94%EB%AA%A8/`,
  );
  expect(locs.filter((url) => !url?.startsWith(`${ORIGIN}${PREFIX}/`))).toEqual(
    [],
  );
  expect(read("robots.txt")).toContain(
    `Sitemap: ${ORIGIN}${PREFIX}/sitemap-index.xml`,
  );
});
