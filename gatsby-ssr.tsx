import type { GatsbySSR } from "gatsby";
import { siteSettings } from "./src/lib/siteSettings";

export const onRenderBody: GatsbySSR["onRenderBody"] = ({
  setHtmlAttributes,
}) => {
  setHtmlAttributes({ lang: siteSettings.language });
};
