import type { GatsbySSR } from "gatsby";
import React from "react";
import { enhancePage, type EnhanceTexts } from "./src/browser/enhance";
import { enhancePost, type PostTexts } from "./src/browser/post";
import { loadComments } from "./src/browser/comments";
import { analyticsLoad, loadAnalytics } from "./src/browser/analytics";
import { redirectToNfc } from "./src/browser/nfcRedirect";
import { blogConfig } from "./blog.config";
import { keepsRuntime, withoutRuntime } from "./src/browser/staticHtml";
import { themeScript } from "./src/browser/theme";
import { speculationRules } from "./src/browser/speculationRules";
import { uiText } from "./src/site/uiText";
import { pathPrefix } from "./src/components/siteUrls";
import {
  contentSecurityPolicy,
  inlineScriptsOf,
  scriptHash,
} from "./src/security/contentSecurityPolicy";
import { configuredSources } from "./src/security/configuredSources";

const enhanceTexts: EnhanceTexts = {
  copyCode: uiText.copyCode,
  copied: uiText.copied,
};
// Serialized from the real function, so the tested code is the shipped code.
const enhanceScript = `(${enhancePage.toString()})(${JSON.stringify(enhanceTexts)});`;
const postTexts: PostTexts = {
  linkCopied: uiText.linkCopied,
  copyFailed: uiText.copyFailed,
};
const postScript = `(${enhancePost.toString()})(${JSON.stringify(postTexts)});`;
const commentsScript = `(${loadComments.toString()})();`;
const nfcScript = `(${redirectToNfc.toString()})();`;
// Production pages only: `gatsby develop` counts no one. `<` escaped: a setting's text cannot
// end the script.
const analyticsScript =
  blogConfig.analytics && process.env.NODE_ENV === "production"
    ? `(${loadAnalytics.toString()})(${JSON.stringify(analyticsLoad(blogConfig.analytics)).replace(/</gu, "\\u003c")});`
    : null;
const speculationScript = speculationRules(pathPrefix());
// The same for every page: what blog.config.ts lets pages load besides the site's own files.
const policySources = configuredSources(blogConfig);
/** The not-found page, as Gatsby writes it: /404/ and /404.html (what servers answer with). */
const isNotFound = (pathname: string) => /^\/404(\/|\.html)?$/u.test(pathname);

/**
 * Whether a page is a post, from its page data: only posts carry related posts in their
 * context (src/site/types.ts). `gatsby develop` has no page data here: every page gets the
 * post script there, which does nothing on a page without a post's parts.
 */
function isPost(
  pathname: string,
  loadPageDataSync:
    ((path: string) => { result: Record<string, unknown> }) | undefined,
): boolean {
  if (typeof loadPageDataSync !== "function") return true;
  const context = loadPageDataSync(pathname).result.pageContext;
  return (
    typeof context === "object" && context !== null && "related" in context
  );
}

export const onRenderBody: GatsbySSR["onRenderBody"] = ({
  pathname,
  loadPageDataSync,
  setHtmlAttributes,
  setHeadComponents,
  setPostBodyComponents,
}) => {
  setHtmlAttributes({ lang: blogConfig.language });
  // In <head>, ahead of the page content, so the theme is set before anything is painted.
  setHeadComponents([
    <script key="theme" dangerouslySetInnerHTML={{ __html: themeScript }} />,
    ...(isNotFound(pathname)
      ? [<script key="nfc" dangerouslySetInnerHTML={{ __html: nfcScript }} />]
      : []),
  ]);
  setPostBodyComponents([
    <script
      key="enhance"
      dangerouslySetInnerHTML={{ __html: enhanceScript }}
    />,
    ...(isPost(pathname, loadPageDataSync)
      ? [
          <script
            key="post"
            dangerouslySetInnerHTML={{ __html: postScript }}
          />,
          // Only where there are comments to load.
          ...(blogConfig.comments
            ? [
                <script
                  key="comments"
                  dangerouslySetInnerHTML={{ __html: commentsScript }}
                />,
              ]
            : []),
        ]
      : []),
    ...(analyticsScript
      ? [
          <script
            key="analytics"
            dangerouslySetInnerHTML={{ __html: analyticsScript }}
          />,
        ]
      : []),
    // Pages with Gatsby's runtime have its own prefetching.
    ...(keepsRuntime(pathname)
      ? []
      : [
          <script
            key="speculation-rules"
            type="speculationrules"
            dangerouslySetInnerHTML={{
              __html: speculationScript,
            }}
          />,
        ]),
  ]);
};

/**
 * Every page but the interactive ones is written without Gatsby's runtime
 * (src/browser/staticHtml.ts), and every page carries a Content-Security-Policy naming the
 * inline scripts left on it (src/security/).
 */
export const onPreRenderHTML: GatsbySSR["onPreRenderHTML"] = ({
  pathname,
  getHeadComponents,
  replaceHeadComponents,
  getPreBodyComponents,
  getPostBodyComponents,
  replacePostBodyComponents,
}) => {
  // `gatsby develop` needs its runtime on every page (hot reload, which evaluates code), and
  // writes it differently: no policy there either.
  if (process.env.NODE_ENV !== "production") return;
  // Gatsby's own fragments (slices, partytown) are not pages.
  if (/^\/(_gatsby|~partytown)\//u.test(pathname)) return;
  const page = keepsRuntime(pathname)
    ? { head: getHeadComponents(), postBody: getPostBodyComponents() }
    : withoutRuntime({
        head: getHeadComponents(),
        postBody: getPostBodyComponents(),
      });
  if (page === null) {
    // Shipping the runtime anyway would pass every test and cost every reader: stop instead.
    throw new Error(
      `Gatsby's runtime scripts were not found on ${pathname}. src/browser/staticHtml.ts ` +
        "looks for them where Gatsby 5's cache-dir/static-entry.js puts them; after a Gatsby " +
        "upgrade, teach it the new place, or this page would ship Gatsby's React runtime.",
    );
  }
  const hashes = inlineScriptsOf([
    ...page.head,
    ...getPreBodyComponents(),
    ...page.postBody,
  ]).map(scriptHash);
  // First in <head>: a policy given by a meta tag covers only what comes after it.
  replaceHeadComponents([
    <meta
      key="content-security-policy"
      httpEquiv="Content-Security-Policy"
      content={contentSecurityPolicy(hashes, policySources)}
    />,
    ...page.head,
  ]);
  replacePostBodyComponents(page.postBody);
};
