import { keepsRuntime, withoutRuntime } from "../../src/lib/staticHtml";

// The tail of a page as gatsby build 5.16 writes it.
const gatsbyPage = `<!DOCTYPE html><html lang="ko"><head><script>(function(){/* theme */})();</script>
<link as="script" rel="preload" href="/app-1234567890abcdef1234.js"/>
<link as="fetch" rel="preload" href="/page-data/x/page-data.json" crossorigin="anonymous"/>
<script type="application/ld+json">[{"@type":"BlogPosting"}]</script></head><body>
<div id="___gatsby"><main><a href="/category/diary/">Diary</a></main></div>
<script>(function enhancePage(){})({});</script>
<script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="/메모/";/*]]>*/</script><!-- slice-start id="_gatsby-scripts-1" -->
<script id="gatsby-chunk-mapping">window.___chunkMapping="{}";</script>
<script>window.___webpackCompilationHash="f3fe";</script><script src="/webpack-runtime-8ce1a7f6035d7bc06da1.js" async></script><script src="/framework-86153dbece6fb0cc8b92.js" async></script><script src="/app-034974a2eea594946c9e.js" async></script><!-- slice-end id="_gatsby-scripts-1" --></body></html>`;

describe("withoutRuntime", () => {
  const html = withoutRuntime(gatsbyPage) ?? "";

  test("removes Gatsby's loader, runtime scripts and their preloads", () => {
    expect(html).not.toMatch(/<script[^>]*\bsrc=/u);
    expect(html).not.toContain("gatsby-script-loader");
    expect(html).not.toContain("___chunkMapping");
    expect(html).not.toContain('as="script"');
    expect(html).not.toContain('as="fetch"');
  });

  test("keeps the page itself: content, links, JSON-LD, the theme and enhancement scripts", () => {
    expect(html).toContain('<a href="/category/diary/">Diary</a>');
    expect(html).toContain('<script type="application/ld+json">');
    expect(html).toContain("/* theme */");
    expect(html).toContain("enhancePage");
    expect(html.endsWith("</body></html>")).toBe(true);
  });

  test("refuses, rather than guesses, when Gatsby's markers are not there", () => {
    expect(
      withoutRuntime(
        "<html><body><script src='/app.js'></script></body></html>",
      ),
    ).toBeNull();
  });
});

test("only the search page keeps React", () => {
  expect(keepsRuntime("/search/")).toBe(true);
  expect(keepsRuntime("/")).toBe(false);
  expect(keepsRuntime("/2019-04-17-AWS-Summit-Seoul-메모/")).toBe(false);
});
