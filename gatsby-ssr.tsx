import type { GatsbySSR } from "gatsby";
import React from "react";
import { siteSettings } from "./src/lib/siteSettings";
import { themeScript } from "./src/lib/theme";

export const onRenderBody: GatsbySSR["onRenderBody"] = ({
  setHtmlAttributes,
  setHeadComponents,
}) => {
  setHtmlAttributes({ lang: siteSettings.language });
  // In <head>, ahead of the page content, so the theme is set before anything is painted.
  setHeadComponents([
    <script key="theme" dangerouslySetInnerHTML={{ __html: themeScript }} />,
  ]);
};
