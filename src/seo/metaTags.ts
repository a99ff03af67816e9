/**
 * What a page says about itself to search engines and link previews: canonical URL, title,
 * `<meta>` tags and schema.org JSON-LD. Pure, so the `Seo` component stays markup only.
 */
import type { BlogConfig } from "../config/blogConfigSchema";

type Language = BlogConfig["language"];

/** Lone surrogates make `encodeURI` throw; one bad character in a path must not stop the build. */
const LONE_SURROGATE =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
/** Split with a capture group: escapes land at odd indexes. */
const PERCENT_ESCAPE = /(%[0-9A-Fa-f]{2})/u;

/**
 * `siteUrl` + `path`, percent-encoded as UTF-8 with `/` kept. NFC first, so an NFD path typed on
 * macOS gets the same canonical URL as the page Gatsby built. An existing `%XX` is kept (hex
 * upper-cased, RFC 3986 §6.2.2.1) rather than encoded again; a stray `%` becomes `%25`.
 * Not `new URL()`: it would drop a path prefix in `siteUrl` and resolve `..` segments.
 */
export function absoluteUrl(siteUrl: string, path: string): string {
  const encoded = path
    .normalize("NFC")
    .replace(LONE_SURROGATE, "\uFFFD")
    .split(PERCENT_ESCAPE)
    .map((part, i) => (i % 2 === 1 ? part.toUpperCase() : encodeURI(part)))
    .join("");
  const base = siteUrl.replace(/\/+$/u, "");
  return encoded.startsWith("/") ? `${base}${encoded}` : `${base}/${encoded}`;
}

/** The `<title>` template: `<title> | <siteTitle>`, or the site title alone. */
export function pageTitle(
  title: string | undefined,
  siteTitle: string,
): string {
  const own = title?.trim();
  return own ? `${own} | ${siteTitle}` : siteTitle;
}

/** One `<meta>`: Open Graph uses `property` (https://ogp.me/), the rest `name`. */
export interface MetaTag {
  name?: string;
  property?: string;
  /** Raw text: React escapes attribute values, so escaping here would show `&amp;` to readers. */
  content: string;
}

/** https://ogp.me/#optional wants `language_TERRITORY`. */
const OG_LOCALE: Readonly<Record<Language, string>> = {
  ko: "ko_KR",
  en: "en_US",
};

export function metaTags(page: {
  title: string;
  description: string;
  canonicalUrl: string;
  siteTitle: string;
  type: "website" | "article";
  language: Language;
  publishedTime?: string;
  modifiedTime?: string;
  section?: string;
  tags?: readonly string[];
  /** The preview picture, its URL already absolute (https://ogp.me/#structured). */
  image: { url: string; width: number; height: number; alt: string };
}): MetaTag[] {
  const tags: MetaTag[] = [
    { name: "description", content: page.description },
    { property: "og:title", content: page.title },
    { property: "og:description", content: page.description },
    { property: "og:url", content: page.canonicalUrl },
    { property: "og:type", content: page.type },
    { property: "og:site_name", content: page.siteTitle },
    { property: "og:locale", content: OG_LOCALE[page.language] },
    { property: "og:image", content: page.image.url },
    { property: "og:image:width", content: String(page.image.width) },
    { property: "og:image:height", content: String(page.image.height) },
    { property: "og:image:alt", content: page.image.alt },
    // https://developer.x.com/en/docs/x-for-websites/cards/overview/summary-card-with-large-image
    { name: "twitter:card", content: "summary_large_image" },
    { name: "twitter:title", content: page.title },
    { name: "twitter:description", content: page.description },
    { name: "twitter:image", content: page.image.url },
    { name: "twitter:image:alt", content: page.image.alt },
  ];
  if (page.type !== "article") return tags;
  // https://ogp.me/#type_article
  if (page.publishedTime) {
    tags.push(
      { property: "article:published_time", content: page.publishedTime },
      {
        property: "article:modified_time",
        content: page.modifiedTime ?? page.publishedTime,
      },
    );
  }
  if (page.section) {
    tags.push({ property: "article:section", content: page.section });
  }
  for (const tag of page.tags ?? []) {
    tags.push({ property: "article:tag", content: tag });
  }
  return tags;
}
