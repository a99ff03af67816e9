import { withPrefix } from "gatsby";
import React from "react";
import {
  blogPostingLd,
  breadcrumbLd,
  jsonLdScriptContent,
  websiteLd,
} from "../seo/jsonLd";
import { homePath } from "../site/paths";
import { absoluteUrl, metaTags, pageTitle } from "../seo/metaTags";
import { blogConfig } from "../../blog.config";
import { uiText } from "../site/uiText";
import { pathPrefix, siteRoot } from "./siteUrls";
import type { PreviewImage } from "../seo/card/cardSpec";
import { sitePreviewImage } from "../seo/card/previewImages";

export interface SeoArticle {
  datePublished: string;
  dateModified?: string | null;
  category?: string | null;
  tags?: readonly string[];
}

/**
 * The `<head>` of every page, rendered from a template's `Head` export: title, description,
 * canonical URL, Open Graph and Twitter tags, and JSON-LD. Frontmatter text goes in raw; React
 * escapes attributes and text, and jsonLdScriptContent makes the script safe.
 */
export function Seo({
  title,
  description,
  path,
  article,
  breadcrumbs,
  language: ownLanguage,
  image = sitePreviewImage(),
}: {
  title?: string | null;
  description?: string | null;
  path: string;
  article?: SeoArticle;
  /** The trail below home, e.g. the category then the post. */
  breadcrumbs?: ReadonlyArray<{ name: string; path: string }>;
  /** A post's own language (frontmatter `lang`), when it is not the site's. */
  language?: "ko" | "en" | null;
  /** The picture link previews show; the site's card when left out. */
  image?: PreviewImage;
}) {
  const language = ownLanguage ?? blogConfig.language;
  // A prefixed build (GitHub Pages, see gatsby-config.ts) lives below the origin, and its
  // location.pathname carries the prefix; the paths the site computes do not.
  const prefix = pathPrefix();
  const siteUrl = siteRoot();
  const pagePath =
    prefix && path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : path;
  const fullTitle = pageTitle(title ?? undefined, blogConfig.title);
  const summary = description?.trim() || blogConfig.description;
  const canonicalUrl = absoluteUrl(siteUrl, pagePath);
  const imageUrl = absoluteUrl(siteUrl, image.path);
  const structured: object[] = [];
  if (pagePath === homePath())
    structured.push(websiteLd({ ...blogConfig, siteUrl }));
  if (article && title) {
    structured.push(
      blogPostingLd({
        siteUrl,
        url: pagePath,
        title,
        description: summary,
        datePublished: article.datePublished,
        dateModified: article.dateModified ?? undefined,
        author: blogConfig.author,
        language,
        category: article.category ?? undefined,
        tags: article.tags,
        image: imageUrl,
      }),
    );
  }
  if (breadcrumbs?.length) {
    structured.push(
      breadcrumbLd(siteUrl, [
        { name: uiText.home, path: homePath() },
        ...breadcrumbs,
      ]),
    );
  }
  const meta = metaTags({
    title: title ?? blogConfig.title,
    description: summary,
    canonicalUrl,
    siteTitle: blogConfig.title,
    type: article ? "article" : "website",
    language,
    publishedTime: article?.datePublished,
    modifiedTime: article?.dateModified ?? undefined,
    section: article?.category ?? undefined,
    tags: article?.tags,
    image: { ...image, url: imageUrl },
  });
  return (
    <>
      <title>{fullTitle}</title>
      {meta.map((tag, i) => (
        // article:tag repeats, so neither name nor property is unique.
        <meta
          key={i}
          name={tag.name}
          property={tag.property}
          content={tag.content}
        />
      ))}
      <link rel="canonical" href={canonicalUrl} />
      <link rel="icon" href={withPrefix("/favicon.svg")} type="image/svg+xml" />
      {structured.length > 0 && (
        <script
          type="application/ld+json"
          dangerouslySetInnerHTML={{ __html: jsonLdScriptContent(structured) }}
        />
      )}
    </>
  );
}
