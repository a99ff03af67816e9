import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import Parser from "rss-parser";
import { brokenLinks } from "../../scripts/e2e/brokenLinks";
import { expect, test } from "../fixtures";

const SITE_URL = "https://example.com";

/** Every post page the build made, by its page-data (the posts' template). */
function postPaths(): string[] {
  const pageData = path.resolve("public/page-data");
  return readdirSync(pageData, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith("page-data.json"))
    .map((file) => JSON.parse(readFileSync(path.join(pageData, file), "utf8")))
    .filter(
      (data) =>
        data.componentChunkName ===
        "component---src-templates-post-template-tsx",
    )
    .map((data) => String(data.path));
}

const absolute = (pagePath: string) => `${SITE_URL}${encodeURI(pagePath)}`;

test("a feed reader finds every post in the RSS feed by its encoded URL", async ({
  request,
}) => {
  const xml = await (await request.get("/rss.xml")).text();
  const feed = await new Parser().parseString(xml);
  const links = feed.items.map((item) => item.link);
  const posts = postPaths();
  expect(posts.length).toBeGreaterThan(0);
  expect(posts.map(absolute).filter((url) => !links.includes(url))).toEqual([]);
});

test("the sitemap is XML listing every post by its encoded URL", async ({
  request,
}) => {
  const xml = await (await request.get("/sitemap-0.xml")).text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const urls: string[] = new XMLParser()
    .parse(xml)
    .urlset.url.map((u: { loc: string }) => u.loc);
  expect(
    postPaths()
      .map(absolute)
      .filter((url) => !urls.includes(url)),
  ).toEqual([]);
});

test("linkinator finds no broken link or image anywhere on the site", async () => {
  test.setTimeout(180_000);
  const { checked, broken } = await brokenLinks(process.env.E2E_ORIGIN ?? "");
  // The sample site has ~35 pages; far fewer links checked would mean the crawl stopped early.
  expect(checked).toBeGreaterThan(40);
  expect(broken.map((link) => link.line)).toEqual([]);
});
