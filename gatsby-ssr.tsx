import type { GatsbySSR } from "gatsby";
import React from "react";
import { enhancePage, type EnhanceTexts } from "./src/browser/enhance";
import { blogConfig } from "./blog.config";
import { keepsRuntime, withoutRuntime } from "./src/browser/staticHtml";
import { themeScript } from "./src/browser/theme";
import { uiText } from "./src/site/uiText";

const enhanceTexts: EnhanceTexts = {
  copyCode: uiText.copyCode,
  copied: uiText.copied,
};
// Serialized from the real function, so the tested code is the shipped code.
const enhanceScript = `(${enhancePage.toString()})(${JSON.stringify(enhanceTexts)});`;

export const onRenderBody: GatsbySSR["onRenderBody"] = ({
  setHtmlAttributes,
  setHeadComponents,
  setPostBodyComponents,
}) => {
  setHtmlAttributes({ lang: blogConfig.language });
  // In <head>, ahead of the page content, so the theme is set before anything is painted.
  setHeadComponents([
    <script key="theme" dangerouslySetInnerHTML={{ __html: themeScript }} />,
  ]);
  setPostBodyComponents([
    <script
      key="enhance"
      dangerouslySetInnerHTML={{ __html: enhanceScript }}
    />,
  ]);
};

/** Every page but the interactive ones is written without Gatsby's runtime (src/browser/staticHtml.ts). */
export const onPreRenderHTML: GatsbySSR["onPreRenderHTML"] = ({
  pathname,
  getHeadComponents,
  replaceHeadComponents,
  getPostBodyComponents,
  replacePostBodyComponents,
}) => {
  // `gatsby develop` needs its runtime on every page (hot reload), and writes it differently.
  if (process.env.NODE_ENV !== "production") return;
  // Gatsby's own fragments (slices, partytown) are not pages.
  if (keepsRuntime(pathname) || /^\/(_gatsby|~partytown)\//u.test(pathname))
    return;
  const page = withoutRuntime({
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
  replaceHeadComponents(page.head);
  replacePostBodyComponents(page.postBody);
};
