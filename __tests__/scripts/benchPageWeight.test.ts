import { gzipSync } from "node:zlib";
import { pageAssets, pageWeight } from "../../scripts/bench/pageWeight";

const html = `<!doctype html><html><head>
<style data-href="/styles.css">body{color:red}</style>
<link rel="stylesheet" href="/site.css">
<link rel="preload" as="script" href="/app-1.js">
<link rel="icon" href="/favicon.svg">
<link rel="alternate" type="application/rss+xml" href="/rss.xml">
<script type="application/ld+json">{"@type":"BlogPosting"}</script>
<script>document.documentElement.dataset.theme = "dark";</script>
</head><body>
<script id="gatsby-chunk-mapping">window.x = 1</script>
<script src="/app-1.js" async></script>
<script src='/framework-2.js'></script>
<script src="https://example.net/analytics.js"></script>
<script type="module" src="/모듈.js"></script>
</body></html>`;

describe("the JS and CSS a first view of a page loads", () => {
  test("counts referenced files once each, and inline scripts and styles", () => {
    const { files, inline } = pageAssets(html);
    expect(files).toEqual([
      { kind: "js", url: "/app-1.js" },
      { kind: "js", url: "/framework-2.js" },
      { kind: "js", url: "/모듈.js" },
      { kind: "css", url: "/site.css" },
    ]);
    expect(inline.map((i) => i.kind)).toEqual(["js", "js", "css"]);
  });

  test("leaves out data (JSON-LD), icons, feeds and other sites' files", () => {
    const urls = pageAssets(html).files.map((f) => f.url);
    expect(urls).not.toContain("/favicon.svg");
    expect(urls).not.toContain("/rss.xml");
    expect(urls.some((u) => u.includes("example.net"))).toBe(false);
    expect(
      pageAssets(html).inline.some((i) => i.text.includes("BlogPosting")),
    ).toBe(false);
  });

  test("weighs the HTML and each file raw and gzipped", () => {
    const app = Buffer.from("console.log('app');".repeat(50));
    const files: Record<string, Buffer> = {
      "/app-1.js": app,
      "/framework-2.js": Buffer.from("f"),
      "/모듈.js": Buffer.from("m"),
      "/site.css": Buffer.from("a{}"),
    };
    const weight = pageWeight(html, (url) => files[url] ?? null);
    expect(weight.html.raw).toBe(Buffer.byteLength(html));
    expect(weight.js.count).toBe(5);
    expect(weight.js.raw).toBeGreaterThan(app.length);
    expect(weight.js.gzip).toBeGreaterThanOrEqual(gzipSync(app).length);
    expect(weight.js.gzip).toBeLessThan(weight.js.raw);
    expect(weight.css).toMatchObject({
      count: 2,
      raw: "a{}".length + "body{color:red}".length,
    });
  });

  test("a page that refers to a file the build did not write is an error", () => {
    expect(() => pageWeight(html, () => null)).toThrow(/app-1\.js/u);
  });

  test("a page with nothing but HTML loads no JS or CSS", () => {
    expect(pageWeight("<p>안녕</p>", () => null)).toMatchObject({
      js: { raw: 0, gzip: 0, count: 0 },
      css: { raw: 0, gzip: 0, count: 0 },
    });
  });
});
