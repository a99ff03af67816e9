import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { JSDOM } from "jsdom";
import sharp from "sharp";
import {
  buildSite,
  createScratchSite,
  type BuildResult,
} from "../../scripts/scratchSite";

/**
 * The real `gatsby build`, on fixture content in a scratch copy of the site: what a reader
 * gets in public/.
 */

const fixtures = path.resolve("__tests__/fixtures");
const seedPost = path.resolve(
  "content/posts/2019-04-17-AWS-Summit-Seoul-메모.md",
);
const keep = process.env.KEEP_SCRATCH === "1";

const HOSTILE_TITLE =
  'He said "hi" & <b>bye</b></script><script>alert(1)</script>';
const SEED_URL =
  "https://example.com/2019-04-17-AWS-Summit-Seoul-%EB%A9%94%EB%AA%A8/";

function xml(site: string, file: string) {
  const text = readFileSync(path.join(site, "public", file), "utf8");
  expect(XMLValidator.validate(text)).toBe(true);
  return new XMLParser({ ignoreAttributes: false }).parse(text);
}

function page(site: string, urlPath: string): Document {
  const file = path.join(site, "public", urlPath, "index.html");
  return new JSDOM(readFileSync(file, "utf8")).window.document;
}

describe("a good site", () => {
  let site: string;
  let result: BuildResult;

  beforeAll(async () => {
    const corpus = readdirSync(path.join(fixtures, "corpus"))
      .filter((f) => f.endsWith(".md"))
      .map((f) => path.join(fixtures, "corpus", f));
    const extra = readdirSync(path.join(fixtures, "build-good")).map((f) =>
      path.join(fixtures, "build-good", f),
    );
    site = createScratchSite([seedPost, ...corpus, ...extra]);
    result = await buildSite(site);
  });

  afterAll(() => {
    if (!keep) rmSync(site, { recursive: true, force: true });
  });

  test("builds", () => {
    expect(result.output).not.toMatch(/problems? in \d+ post files?/u);
    expect(result.code).toBe(0);
  });

  test("the seed post is at its decoded Hangul path, with its title and date", () => {
    expect(
      existsSync(
        path.join(
          site,
          "public",
          "2019-04-17-AWS-Summit-Seoul-메모",
          "index.html",
        ),
      ),
    ).toBe(true);
    const doc = page(site, "2019-04-17-AWS-Summit-Seoul-메모");
    expect(doc.documentElement.getAttribute("lang")).toBe("ko");
    expect(doc.querySelector("h1")?.textContent).toBe(
      "2019 AWS Summit Seoul 메모",
    );
    expect(doc.title).toBe("2019 AWS Summit Seoul 메모 | 개발 일기");
    const time = doc.querySelector("time");
    expect(time?.getAttribute("datetime")).toBe("2019-04-17");
    expect(time?.textContent).toBe("2019년 4월 17일");
  });

  test("markdown that looks like HTML is shown as text", () => {
    const body = page(site, "2019-04-17-AWS-Summit-Seoul-메모").querySelector(
      ".post-body",
    );
    expect(body?.textContent).toContain("핵심개발 집중 가능<<");
  });

  test("its table of contents links every heading of the post, by the heading's own permalink", () => {
    const doc = page(site, "2019-04-17-AWS-Summit-Seoul-메모");
    const headings = [...doc.querySelectorAll(".post-body :is(h2, h3, h4)")];
    const entries = [...doc.querySelectorAll("nav.toc a")];
    expect(headings.length).toBeGreaterThanOrEqual(3);
    expect(entries.map((a) => a.textContent)).toEqual(
      headings.map((h) => h.textContent),
    );
    expect(entries.map((a) => a.getAttribute("href"))).toEqual(
      headings.map((h) => h.querySelector("a.anchor")?.getAttribute("href")),
    );
    expect(
      entries.map((a) => decodeURIComponent(a.getAttribute("href") ?? "")),
    ).toEqual(headings.map((h) => `#${h.id}`));
  });

  test("its category page links to it", () => {
    const doc = page(site, "category/diary");
    const link = [...doc.querySelectorAll("a")].find(
      (a) => a.textContent === "2019 AWS Summit Seoul 메모",
    );
    expect(link?.getAttribute("href")).toBe(
      "/2019-04-17-AWS-Summit-Seoul-메모/",
    );
  });

  test("categories spelt in another letter case share one listing, shown as most posts write it, with a warning", () => {
    const doc = page(site, "category/diary");
    expect(doc.querySelector("h1")?.textContent).toContain("Diary");
    const titles = [...doc.querySelectorAll(".post-card-title a")].map(
      (a) => a.textContent,
    );
    expect(titles).toEqual(["소문자 카테고리", "2019 AWS Summit Seoul 메모"]);
    expect(result.output).toContain(
      'warning content/posts/lowercase-category.md: category: "diary" — expected one spelling per category — shown as "Diary"',
    );
    expect(result.code).toBe(0);
  });

  test("the home page lists posts newest first, and Hangul categories get Hangul folders", () => {
    const titles = [
      ...page(site, "").querySelectorAll(".post-card-title a"),
    ].map((a) => a.textContent);
    expect(titles[0]).toBe("Create React App 지원 종료");
    expect(
      existsSync(
        path.join(site, "public", "category", "react-블로그", "index.html"),
      ),
    ).toBe(true);
  });

  test("a post in English says so: its article's lang, its date, its og:locale", () => {
    const doc = page(site, "notes-in-english");
    expect(doc.documentElement.getAttribute("lang")).toBe("ko");
    expect(doc.querySelector("article")?.getAttribute("lang")).toBe("en");
    expect(doc.querySelector("article time")?.textContent).toBe(
      "February 1, 2024",
    );
    expect(
      doc.querySelector('meta[property="og:locale"]')?.getAttribute("content"),
    ).toBe("en_US");
  });

  test("drafts and scheduled posts are left out, standalone pages built outside every listing", () => {
    for (const hidden of ["draft-in-progress", "scheduled-for-2099"])
      expect(existsSync(path.join(site, "public", hidden))).toBe(false);
    expect(page(site, "about").querySelector("h1")?.textContent).toBe("소개");
    const listed = readdirSync(path.join(site, "public", "page-data"), {
      recursive: true,
    })
      .map(String)
      .filter((f) => f.endsWith("page-data.json"))
      .map((f) =>
        readFileSync(path.join(site, "public", "page-data", f), "utf8"),
      )
      .filter((json) => json.includes('"posts"'));
    expect(listed.some((json) => json.includes("/about/"))).toBe(false);
  });

  test("the RSS feed is valid XML listing the seed post, in full, by its encoded URL", () => {
    const items: Array<Record<string, string>> = xml(site, "rss.xml").rss
      .channel.item;
    const seed = items.find((item) => item.link === SEED_URL);
    expect(seed?.title).toBe("2019 AWS Summit Seoul 메모");
    // The HTML inside the feed still escapes the author's "<<".
    expect(seed?.["content:encoded"]).toMatch(
      /핵심개발 집중 가능(&lt;|&#x3C;){2}/u,
    );
    expect(items.some((item) => item.title === HOSTILE_TITLE)).toBe(true);
    expect(items.some((item) => item.title === "아직 쓰는 중")).toBe(false);
    expect(items.some((item) => item.title === "아직 오지 않은 날의 글")).toBe(
      false,
    );
  });

  test("the sitemap is valid XML with encoded URLs and no drafts or 404", () => {
    const index = xml(site, "sitemap-index.xml");
    expect(index.sitemapindex.sitemap.loc).toBe(
      "https://example.com/sitemap-0.xml",
    );
    const urls: string[] = xml(site, "sitemap-0.xml").urlset.url.map(
      (url: { loc: string }) => url.loc,
    );
    expect(urls).toContain(SEED_URL);
    expect(urls).toContain(
      "https://example.com/category/react-%EB%B8%94%EB%A1%9C%EA%B7%B8/",
    );
    expect(
      urls.filter((url) => /404|draft-in-progress|scheduled/u.test(url)),
    ).toEqual([]);
    expect(
      readFileSync(path.join(site, "public", "robots.txt"), "utf8"),
    ).toContain("Sitemap: https://example.com/sitemap-index.xml");
  });

  test("a hostile title, category and description stay text on the page and in JSON-LD", () => {
    const doc = page(site, "hostile-title");
    expect(doc.querySelector("h1")?.textContent).toBe(HOSTILE_TITLE);
    expect(doc.title).toBe(`${HOSTILE_TITLE} | 개발 일기`);
    expect(
      doc.querySelector('meta[property="og:title"]')?.getAttribute("content"),
    ).toBe(HOSTILE_TITLE);
    const inline = [...doc.querySelectorAll("script")].map(
      (s) => s.textContent ?? "",
    );
    expect(
      inline.some((text) => text.includes("alert(1)") && !text.startsWith("[")),
    ).toBe(false);
    const ld =
      doc.querySelector('script[type="application/ld+json"]')?.textContent ??
      "[]";
    expect(JSON.parse(ld)[0]).toMatchObject({
      headline: HOSTILE_TITLE,
      articleSection: 'Q&A "따옴표" </script>',
      description: "<!-- & ' \" --> 서버리스 메모",
    });
  });

  test("search has an index of the published posts, which a post page does not load", () => {
    const meta: unknown = JSON.parse(
      readFileSync(
        path.join(site, "public", "search-index", "meta.json"),
        "utf8",
      ),
    );
    const text = JSON.stringify(meta);
    expect(text).toContain("/2019-04-17-AWS-Summit-Seoul-메모/");
    expect(text).not.toContain("/draft-in-progress/");
    expect(text).not.toContain("/scheduled-for-2099/");
    expect(text).not.toContain('"/about/"');
    const post = readFileSync(
      path.join(
        site,
        "public",
        "2019-04-17-AWS-Summit-Seoul-메모",
        "index.html",
      ),
      "utf8",
    );
    expect(post).not.toContain("search-index");
    expect(
      page(site, "search").querySelector("input[type=search]"),
    ).not.toBeNull();
  });

  test("posts and listings ship no JavaScript files; the theme and copy script is inline", () => {
    for (const urlPath of [
      "2019-04-17-AWS-Summit-Seoul-메모",
      "",
      "category/diary",
      "archive",
    ]) {
      const html = readFileSync(
        path.join(site, "public", urlPath, "index.html"),
        "utf8",
      );
      expect(html).not.toMatch(/<script[^>]*\bsrc=/u);
      expect(html).toContain("enhancePage");
    }
  });

  test("the theme is set by an inline script in <head>, before any content", () => {
    const html = readFileSync(path.join(site, "public", "index.html"), "utf8");
    const themeScript = html.indexOf('localStorage.getItem("theme")');
    expect(themeScript).toBeGreaterThan(0);
    expect(themeScript).toBeLessThan(html.indexOf("</head>"));
    expect(themeScript).toBeLessThan(html.indexOf("<body"));
  });
  // Preview cards (gatsby/previewCards/previewCards.ts)
  const meta = (doc: Document, key: string) =>
    doc
      .querySelector(`meta[property="${key}"], meta[name="${key}"]`)
      ?.getAttribute("content");

  test("a post's link preview is its own generated 1200×630 card, with size and alt text", async () => {
    const doc = page(site, "2019-04-17-AWS-Summit-Seoul-메모");
    const url = meta(doc, "og:image") ?? "";
    expect(url).toMatch(/^https:\/\/example\.com\/og\/[0-9a-z]+\.png$/u);
    expect(meta(doc, "og:image:width")).toBe("1200");
    expect(meta(doc, "og:image:height")).toBe("630");
    expect(meta(doc, "og:image:alt")).toBe(
      "2019 AWS Summit Seoul 메모 — 개발 일기",
    );
    expect(meta(doc, "twitter:card")).toBe("summary_large_image");
    expect(meta(doc, "twitter:image")).toBe(url);
    const file = path.join(site, "public", new URL(url).pathname);
    expect(await sharp(file).metadata()).toMatchObject({
      format: "png",
      width: 1200,
      height: 630,
    });
    // Not the site's card: every post has its own.
    expect(meta(page(site, ""), "og:image")).not.toBe(url);
  });

  test("listings and standalone pages show the site's card; a post with image: shows that picture", () => {
    const home = meta(page(site, ""), "og:image");
    expect(
      existsSync(path.join(site, "public", new URL(home ?? "").pathname)),
    ).toBe(true);
    for (const other of [
      "about",
      "tags",
      "archive",
      "category/diary",
      "search",
    ])
      expect(meta(page(site, other), "og:image")).toBe(home);
    const cover = page(site, "cover-post");
    const own = meta(cover, "og:image") ?? "";
    expect(own).toMatch(/^https:\/\/example\.com\/og\/[0-9a-f]{16}\.png$/u);
    expect([
      meta(cover, "og:image:width"),
      meta(cover, "og:image:height"),
    ]).toEqual(["600", "315"]);
    expect(existsSync(path.join(site, "public", new URL(own).pathname))).toBe(
      true,
    );
    expect(result.output).toMatch(
      /Preview cards: \d+ drawn, \d+ from the cache, 1 authors' images/u,
    );
  });

  // Issue 15: math, and files beside a post.
  test("math is KaTeX's HTML and MathML, with no script; a prose or code dollar stays", () => {
    const html = readFileSync(
      path.join(site, "public", "math", "index.html"),
      "utf8",
    );
    const body = page(site, "math").querySelector(".post-body");
    expect(body?.querySelectorAll(".katex math").length).toBe(4);
    expect(body?.querySelectorAll(".katex-display").length).toBe(2);
    expect(body?.querySelector(".katex annotation")?.textContent).toBe(
      "O(n \\log n)",
    );
    expect(body?.textContent).toContain("커피는 $5 이고");
    expect(body?.textContent).toContain("$5 and $10 사이");
    expect(body?.querySelector("code")?.textContent).toBe("echo $HOME");
    expect(body?.querySelector("pre")?.textContent).toContain(
      'echo "$PATH costs $5"',
    );
    expect(html).not.toMatch(/<script[^>]*\bsrc=/u);
    expect(html).not.toContain("katex.min.js");
  });

  test("KaTeX's stylesheet is the site's own, linked only from the page with math", () => {
    const links = (urlPath: string) =>
      [...page(site, urlPath).querySelectorAll('link[rel="stylesheet"]')]
        .map((link) => link.getAttribute("href") ?? "")
        .filter((href) => href.includes("katex"));
    const [href] = links("math");
    expect(href).toMatch(/^\/katex\/[\d.]+\/katex\.min\.css$/u);
    expect(links("files-beside-a-post")).toEqual([]);
    expect(links("2019-04-17-AWS-Summit-Seoul-메모")).toEqual([]);
    const css = readFileSync(path.join(site, "public", href ?? ""), "utf8");
    const fonts = [...css.matchAll(/url\(([^)]+)\)/gu)].map((m) => m[1]);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts)
      expect(
        existsSync(
          path.join(site, "public", path.dirname(href ?? ""), font ?? ""),
        ),
      ).toBe(true);
  });

  test("the excerpt of a post with math has its words but not its TeX", () => {
    const description =
      page(site, "math")
        .querySelector('meta[name="description"]')
        ?.getAttribute("content") ?? "";
    expect(description).toContain("병합 정렬은");
    expect(description).toContain("$5 and $10");
    expect(description).not.toMatch(/\\log|\\frac|\\sum/u);
  });

  test("files beside a post are copied and linked, its images sized", () => {
    const doc = page(site, "files-beside-a-post");
    const body = doc.querySelector(".post-body");
    const urls = [
      ...[...(body?.querySelectorAll("img, video") ?? [])].map((e) =>
        e.getAttribute("src"),
      ),
      ...[...(body?.querySelectorAll("a") ?? [])].map((a) =>
        a.getAttribute("href"),
      ),
    ].filter((url): url is string => url !== null);
    for (const name of [
      "diagram.svg",
      "loop.gif",
      "slides.pdf",
      "example.zip",
      "clip.mp4",
      "photo.webp",
    ]) {
      const url = urls.find((u) => u.endsWith(`/${name}`));
      expect(url).toMatch(/^\/static\//u);
      expect(existsSync(path.join(site, "public", url ?? ""))).toBe(true);
    }
    for (const [name, width, height] of [
      ["diagram.svg", "240", "80"],
      ["loop.gif", "48", "32"],
    ]) {
      const img = [...(body?.querySelectorAll("img") ?? [])].find((i) =>
        i.getAttribute("src")?.endsWith(`/${name}`),
      );
      expect([img?.getAttribute("width"), img?.getAttribute("height")]).toEqual(
        [width, height],
      );
    }
    // A WebP photo is a photo: an img of WebP at its own width (it is narrower than the column).
    const photo = [...(body?.querySelectorAll("img") ?? [])].find(
      (i) => i.getAttribute("alt") === "사진",
    );
    expect(photo?.getAttribute("srcset")).toMatch(
      /^\/static\/[0-9a-f]+\/photo-\d+\.webp \d+w$/u,
    );
    expect(photo?.getAttribute("width")).not.toBeNull();
    expect(photo?.getAttribute("height")).not.toBeNull();
  });

  // A renamed post's old paths (frontmatter `aliases`: the English fixture post has two).
  const OLD_HANGUL = "/%EC%98%9B%EB%82%A0-%EC%A3%BC%EC%86%8C/";

  test("an old path is a page that sends the reader to the post at once, with a link to follow", () => {
    const html = readFileSync(
      path.join(site, "public", "옛날-주소", "index.html"),
      "utf8",
    );
    const doc = new JSDOM(html).window.document;
    expect(doc.documentElement.getAttribute("lang")).toBe("ko");
    expect(
      doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute("content"),
    ).toBe("0; url=/notes-in-english/");
    expect(
      doc.querySelector('link[rel="canonical"]')?.getAttribute("href"),
    ).toBe("https://example.com/notes-in-english/");
    expect(
      doc.querySelector('meta[name="robots"]')?.getAttribute("content"),
    ).toBe("noindex");
    const link = doc.querySelector("main a");
    expect(link?.parentElement?.textContent).toBe(
      "이 글은 새 주소로 옮겼습니다: Notes from a conference in English",
    );
    expect(link?.getAttribute("href")).toBe("/notes-in-english/");
    expect(html).not.toMatch(/<script[^>]*\bsrc=/u);
    // The page's own policy comes before the refresh, so it covers the page.
    const metas = [...doc.head.querySelectorAll("meta[http-equiv]")].map((m) =>
      m.getAttribute("http-equiv"),
    );
    expect(metas.indexOf("Content-Security-Policy")).toBeGreaterThan(-1);
    expect(metas.indexOf("Content-Security-Policy")).toBeLessThan(
      metas.indexOf("refresh"),
    );
    expect(
      existsSync(path.join(site, "public", "2018", "12", "old-post")),
    ).toBe(true);
  });

  test("old paths are in no sitemap, feed or search index", () => {
    const files = [
      "sitemap-0.xml",
      "rss.xml",
      ...readdirSync(path.join(site, "public", "search-index"), {
        recursive: true,
      })
        .map((f) => `search-index/${String(f)}`)
        .filter((f) => f.endsWith(".json")),
    ];
    for (const file of files) {
      const text = readFileSync(path.join(site, "public", file), "utf8");
      expect([file, text.includes("old-post")]).toEqual([file, false]);
      expect([file, text.includes(OLD_HANGUL)]).toEqual([file, false]);
      expect([file, text.includes("옛날-주소")]).toEqual([file, false]);
    }
    expect(
      readFileSync(path.join(site, "public", "sitemap-0.xml"), "utf8"),
    ).toContain("https://example.com/notes-in-english/");
  });

  test("each host gets 301 rules for the old paths: Netlify, nginx and the CloudFront function", () => {
    const rules = (file: string) =>
      readFileSync(path.join(site, "public", file), "utf8");
    expect(rules("_redirects").split("\n")).toEqual(
      expect.arrayContaining([
        "/2018/12/old-post/ /notes-in-english/ 301!",
        `${OLD_HANGUL} /notes-in-english/ 301!`,
      ]),
    );
    expect(rules("_redirects.nginx")).toContain(
      '"/옛날-주소/" "/notes-in-english/";',
    );
    expect(rules("_redirects.cloudfront.js")).toContain(
      `"${OLD_HANGUL}": "/notes-in-english/"`,
    );
  });
});
