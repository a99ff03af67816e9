import { createElement as h, Fragment, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { onPreRenderHTML } from "../../gatsby-ssr";
import { keepsRuntime, withoutRuntime } from "../../src/browser/staticHtml";
import { scriptHash } from "../../src/security/contentSecurityPolicy";

// Stands in for Gatsby's ServerSliceRenderer, which writes the slice's placeholder.
const ServerSliceRenderer = ({ sliceId }: { sliceId: string }) =>
  h("template", { "data-slice": sliceId });

const inline = (key: string, code: string, props: object = {}) =>
  h("script", { key, ...props, dangerouslySetInnerHTML: { __html: code } });

// The head and post-body components as gatsby build 5.16's static-entry.js hands them to
// onPreRenderHTML: ours (theme, enhance) and its own (preloads, loader, runtime slice).
const head: ReactNode[] = [
  inline("theme", "/* theme */"),
  h("link", {
    key: "app",
    as: "script",
    rel: "preload",
    href: "/app-5ed22457cbb1c1150b42.js",
  }),
  h("link", {
    key: "fw",
    as: "script",
    rel: "preload",
    href: "/blog/framework-007d825a31d6404791dc.js",
  }),
  h("link", {
    key: "data",
    as: "fetch",
    rel: "preload",
    href: "/page-data/app-data.json",
    crossOrigin: "anonymous",
  }),
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
        h("script", {
          key: "app",
          src: "/app-5ed22457cbb1c1150b42.js",
          async: true,
        }),
        h("script", {
          key: "page",
          src: "/blog/component---src-templates-post-template-tsx-443a978a1b94c6384cad.js",
          async: true,
        }),
      ],
    });
    expect(markup(legacy?.postBody)).toBe("<script>enhancePage()</script>");
  });

  test("a script or preload of ours or a third party's stays, whatever its place", () => {
    const widget = h("script", {
      key: "giscus",
      src: "https://giscus.app/client.js",
      async: true,
    });
    const ours = h("script", { key: "ours", src: "/scripts/enhance.js" });
    const font = h("link", {
      key: "font",
      as: "font",
      rel: "preload",
      href: "/fonts/x.woff2",
    });
    const page = withoutRuntime({
      head: [...head, font],
      postBody: [...postBody, widget, ours],
    });
    expect(page?.postBody).toEqual([enhance, widget, ours]);
    expect(markup(page?.head)).toContain('href="/fonts/x.woff2"');
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

describe("gatsby-ssr's onPreRenderHTML", () => {
  const environment = process.env.NODE_ENV;
  beforeEach(() => {
    process.env.NODE_ENV = "production";
  });
  afterAll(() => {
    process.env.NODE_ENV = environment;
  });

  const render = (pathname: string, body: ReactNode[]) => {
    const replaced: ReactNode[][] = [];
    onPreRenderHTML?.(
      {
        pathname,
        getHeadComponents: () => head,
        replaceHeadComponents: (nodes: ReactNode[]) => replaced.push(nodes),
        getPreBodyComponents: () => [],
        getPostBodyComponents: () => body,
        replacePostBodyComponents: (nodes: ReactNode[]) => replaced.push(nodes),
      } as unknown as Parameters<NonNullable<typeof onPreRenderHTML>>[0],
      { plugins: [] },
    );
    return replaced;
  };

  const policyOf = (nodes: ReactNode[] = []) =>
    /^<meta http-equiv="Content-Security-Policy" content="([^"]*)"/u
      .exec(markup(nodes))?.[1]
      ?.replace(/&#x27;/gu, "'") ?? "";

  test("writes a post without the runtime, and /search/ with it", () => {
    expect(markup(render("/메모/", postBody)[1])).toBe(
      "<script>enhancePage()</script>",
    );
    const [searchHead, searchBody] = render("/search/", postBody);
    expect(searchHead?.slice(1)).toEqual(head);
    expect(searchBody).toEqual(postBody);
  });

  test("puts the policy first in <head>, naming the inline scripts the page keeps and no other", () => {
    const post = policyOf(render("/메모/", postBody)[0]);
    expect(post).toContain(scriptHash("/* theme */"));
    expect(post).toContain(scriptHash("enhancePage()"));
    expect(post).not.toContain(scriptHash('window.pagePath="/메모/";'));
    const search = policyOf(render("/search/", postBody)[0]);
    expect(search).toContain(scriptHash('window.pagePath="/메모/";'));
  });

  test("gatsby develop keeps its runtime on every page, wherever it puts it", () => {
    process.env.NODE_ENV = "development";
    // No policy either: hot reloading evaluates code.
    expect(render("/메모/", [enhance])).toEqual([]);
  });

  test("fails the build, naming the page and the file to look at, when the runtime moved", () => {
    expect(() => render("/2019-04-17-메모/", [enhance])).toThrow(
      /^Gatsby's runtime scripts were not found on \/2019-04-17-메모\/\. src\/browser\/staticHtml\.ts/u,
    );
  });
});
