import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { JSDOM } from "jsdom";
import {
  buildSite,
  createScratchSite,
  type BuildResult,
} from "../../scripts/scratchSite";

/**
 * The real `gatsby build`, on fixture content in a scratch copy of the site: what a reader
 * gets in public/, and what an author sees when posts are bad.
 */

const fixtures = path.resolve("__tests__/fixtures");
const seedPost = path.resolve(
  "content/posts/2019-04-17-AWS-Summit-Seoul-메모.md",
);
const keep = process.env.KEEP_SCRATCH === "1";

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

  test("its category page links to it", () => {
    const doc = page(site, "category/diary");
    const link = [...doc.querySelectorAll("a")].find(
      (a) => a.textContent === "2019 AWS Summit Seoul 메모",
    );
    expect(link?.getAttribute("href")).toBe(
      "/2019-04-17-AWS-Summit-Seoul-메모/",
    );
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

  test("drafts are left out and standalone pages built outside every listing", () => {
    expect(existsSync(path.join(site, "public", "draft-in-progress"))).toBe(
      false,
    );
    expect(page(site, "about").querySelector("h1")?.textContent).toBe("소개");
    const listed = readdirSync(path.join(site, "public", "page-data"), {
      recursive: true,
    })
      .map(String)
      .filter((f) => f.endsWith("page-data.json"))
      .map((f) =>
        readFileSync(path.join(site, "public", "page-data", f), "utf8"),
      )
      .filter((json) => json.includes('"ids"'));
    expect(listed.some((json) => json.includes("/about/"))).toBe(false);
  });
});

describe("a site with bad posts", () => {
  let site: string;
  let result: BuildResult;

  beforeAll(async () => {
    const dir = path.join(fixtures, "build-bad");
    site = createScratchSite(readdirSync(dir).map((f) => path.join(dir, f)));
    result = await buildSite(site);
  });

  afterAll(() => {
    if (!keep) rmSync(site, { recursive: true, force: true });
  });

  test("fails", () => {
    expect(result.code).not.toBe(0);
  });

  test.each([
    ["unquoted-colon.md", "frontmatter", "valid YAML (line 2"],
    ["impossible-date.md", "date", '"2019-02-30"'],
    ["no-category.md", "category", "a category for every post"],
    ["no-category.md", "tags", "a list of tags"],
    ["same-path-1.md", "path", "same-path-2.md"],
    ["same-path-2.md", "path", "same-path-1.md"],
    ["category-aws-upper.md", "category", "category-aws-lower.md"],
    ["category-aws-lower.md", "category", "category-aws-upper.md"],
  ])("names %s, its field %s and %j in one line", (file, field, detail) => {
    const line = result.output
      .split("\n")
      .find((l) => l.includes(`content/posts/${file}: ${field}:`));
    expect(line).toBeDefined();
    expect(line).toContain(detail);
  });

  test("reports them all in the one run", () => {
    expect(result.output).toContain("8 problems in 7 post files:");
  });
});
