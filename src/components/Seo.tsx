import React from "react";
import { siteSettings } from "../lib/siteSettings";

/** The `<head>` of every page, rendered from a template's `Head` export. */
export function Seo({
  title,
  description,
  path,
}: {
  title?: string;
  description?: string | null;
  path: string;
}) {
  const fullTitle = title
    ? `${title} | ${siteSettings.title}`
    : siteSettings.title;
  // encodeURI keeps the slashes and percent-encodes Hangul, as a canonical URL must be.
  const canonical = encodeURI(`${siteSettings.siteUrl}${path}`);
  return (
    <>
      <title>{fullTitle}</title>
      <meta
        name="description"
        content={description ?? siteSettings.description}
      />
      <link rel="canonical" href={canonical} />
    </>
  );
}
