import { createElement as h, Fragment, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { keepsRuntime, withoutRuntime } from "../../src/browser/staticHtml";

// Stands in for Gatsby's ServerSliceRenderer, which writes the slice's placeholder.
const ServerSliceRenderer = ({ sliceId }: { sliceId: string }) =>
  h("template", { "data-slice": sliceId });

const inline = (key: string, code: string, props: object = {}) =>
  h("script", { key, ...props, dangerouslySetInnerHTML: { __html: code } });

// The head and post-body components as gatsby build 5.16's static-entry.js hands them to
// onPreRenderHTML: ours (theme, enhance) and its own (preloads, loader, runtime slice).
const head: ReactNode[] = [
  inline("theme", "/* theme */"),
  h("link", { key: "app", as: "script", rel: "preload", href: "/app-1.js" }),
  h("link", { key: "fw", as: "script", rel: "preload", href: "/fw-2.js" }),
  h("style", { key: "css", dangerouslySetInnerHTML: { __html: "body{}" } }),
];
const enhance = inline("enhance", "enhancePage()");
const loader = inline("script-loader", 'window.pagePath="/메모/";', {
  id: "gatsby-script-loader",
});
const postBody: ReactNode[] = [
  enhance,
  loader,
  h(ServerSliceRenderer, { key: "slice", sliceId: "_gatsby-scripts" }),
];

const markup = (nodes: ReactNode[] = []) =>
  renderToStaticMarkup(h(Fragment, null, ...nodes));

describe("withoutRuntime", () => {
  const page = withoutRuntime({ head, postBody });

  test("leaves out Gatsby's loader, its runtime slice and the preloads of its bundles", () => {
    const html = markup([...(page?.head ?? []), ...(page?.postBody ?? [])]);
    expect(markup([...head, ...postBody])).toContain("_gatsby-scripts");
    expect(html).not.toContain('as="script"');
    expect(html).not.toContain("gatsby-script-loader");
    expect(html).not.toContain("_gatsby-scripts");
  });

  test("keeps the page's own head and scripts: theme, styles, enhancement", () => {
    expect(markup(page?.head)).toBe(
      "<script>/* theme */</script><style>body{}</style>",
    );
    expect(markup(page?.postBody)).toBe("<script>enhancePage()</script>");
  });

  test("without slices: the chunk map and <script src> bundles go too", () => {
    const legacy = withoutRuntime({
      head,
      postBody: [
        enhance,
        loader,
        inline("chunk-mapping", "window.___chunkMapping={}", {
          id: "gatsby-chunk-mapping",
        }),
        h("script", { key: "app", src: "/app-1.js", async: true }),
      ],
    });
    expect(markup(legacy?.postBody)).toBe("<script>enhancePage()</script>");
  });

  test("refuses, rather than guesses, when Gatsby's runtime is not where it should be", () => {
    expect(withoutRuntime({ head, postBody: [enhance] })).toBeNull();
    expect(withoutRuntime({ head, postBody: [enhance, loader] })).toBeNull();
  });
});

test("only the search page keeps React", () => {
  expect(keepsRuntime("/search/")).toBe(true);
  expect(keepsRuntime("/")).toBe(false);
  expect(keepsRuntime("/2019-04-17-AWS-Summit-Seoul-메모/")).toBe(false);
});
