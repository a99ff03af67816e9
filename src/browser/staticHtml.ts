import { isValidElement, type ReactNode } from "react";
import { searchPagePath } from "../site/paths";

/**
 * Pages that need no React in the browser ship without Gatsby's runtime: a post is text, and
 * the few things a reader can do on it (theme, copy, `/`) are done by src/browser/enhance.ts. That
 * removes Gatsby's React runtime and its hydration, the largest part of a page's JavaScript
 * and blocking time (docs/benchmarks.md). The markup is unchanged, so links and Head survive.
 *
 * The scripts are left out while Gatsby renders each page (gatsby-ssr.tsx, `onPreRenderHTML`),
 * not cut out of the written files afterwards, which meant rereading and rewriting every page
 * (docs/benchmarks.md).
 */

/** Pages whose React must run in the browser. */
export const INTERACTIVE_PAGES: readonly string[] = [searchPagePath];

export function keepsRuntime(pagePath: string): boolean {
  return INTERACTIVE_PAGES.includes(pagePath);
}

type Props = Record<string, unknown>;
const propsOf = (node: ReactNode): Props | null =>
  isValidElement(node) ? (node.props as Props) : null;

/**
 * Gatsby's own bundles: `<name>-<20 hex digits>.js` at the site's root (below the path
 * prefix): app-…, framework-…, webpack-runtime-…, component---src-templates-…-…, 454-…. A
 * script of ours or a third party's (a comments widget) has another name and is kept.
 */
const GATSBY_BUNDLE = /\/[\w~.-]+-[0-9a-f]{20}\.js$/u;
const isBundle = (url: unknown) =>
  typeof url === "string" && GATSBY_BUNDLE.test(url);

/**
 * What Gatsby 5 puts after the page for its runtime (cache-dir/static-entry.js): the loader's
 * inline script (`window.pagePath`), then either the `_gatsby-scripts` slice (slices on, the
 * default) or the chunk map and one `<script src>` per bundle.
 */
const isLoader = (p: Props) => p.id === "gatsby-script-loader";
const isRuntimeScripts = (p: Props) =>
  p.sliceId === "_gatsby-scripts" ||
  p.id === "gatsby-chunk-mapping" ||
  isBundle(p.src);
/** The `<link rel=preload>` for those bundles and for the page's data, in the head. */
const isRuntimePreload = (p: Props) =>
  (p.as === "script" && isBundle(p.href)) ||
  (p.as === "fetch" &&
    typeof p.href === "string" &&
    /\/page-data\//u.test(p.href));

export interface PageComponents {
  head: ReactNode[];
  postBody: ReactNode[];
}

/**
 * The page's head and post-body components without Gatsby's runtime. `null` means the runtime
 * is not where this expects it (a Gatsby upgrade that moved it must not pass unnoticed).
 */
export function withoutRuntime({
  head,
  postBody,
}: PageComponents): PageComponents | null {
  const found =
    postBody.some((node) => {
      const p = propsOf(node);
      return p !== null && isLoader(p);
    }) &&
    postBody.some((node) => {
      const p = propsOf(node);
      return p !== null && isRuntimeScripts(p);
    });
  if (!found) return null;
  const keep =
    (isRuntime: (p: Props) => boolean) =>
    (node: ReactNode): boolean => {
      const p = propsOf(node);
      return p === null || !isRuntime(p);
    };
  return {
    head: head.filter(keep(isRuntimePreload)),
    postBody: postBody.filter(keep((p) => isLoader(p) || isRuntimeScripts(p))),
  };
}
