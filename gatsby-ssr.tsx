import type { GatsbySSR } from "gatsby";
import React from "react";
import { enhancePage, type EnhanceTexts } from "./src/lib/enhance";
import { siteSettings } from "./src/lib/siteSettings";
import { themeScript } from "./src/lib/theme";
import { uiText } from "./src/lib/uiText";

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
  setHtmlAttributes({ lang: siteSettings.language });
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
