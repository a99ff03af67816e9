/**
 * schema.org JSON-LD for the pages, and the only safe way to put it in a <script>.
 */
import { absoluteUrl } from "./metaTags";
import type { BlogConfig } from "../config/blogConfigSchema";

type Language = BlogConfig["language"];

// JSON-LD shapes, only the properties this site fills in. https://schema.org/BlogPosting
// and Google's guide: https://developers.google.com/search/docs/appearance/structured-data/article

const SCHEMA_ORG = "https://schema.org";

export interface Person {
  "@type": "Person";
  name: string;
}

export interface WebSite {
  "@context": typeof SCHEMA_ORG;
  "@type": "WebSite";
  url: string;
  name: string;
  description: string;
  inLanguage: Language;
}

export interface BlogPosting {
  "@context": typeof SCHEMA_ORG;
  "@type": "BlogPosting";
  url: string;
  mainEntityOfPage: { "@type": "WebPage"; "@id": string };
  headline: string;
  description: string;
  /** The author's own string (`2019-04-17` or with time and offset): ISO 8601 either way. */
  datePublished: string;
  dateModified: string;
  author: Person;
  inLanguage: Language;
  articleSection?: string;
  /** An array is the JSON-LD way of repeating the property: https://schema.org/keywords */
  keywords?: string[];
  /** https://schema.org/image: the page's preview picture. */
  image?: string;
}

export interface ListItem {
  "@type": "ListItem";
  position: number;
  name: string;
  item: string;
}

export interface BreadcrumbList {
  "@context": typeof SCHEMA_ORG;
  "@type": "BreadcrumbList";
  itemListElement: ListItem[];
}

export function websiteLd(site: {
  siteUrl: string;
  title: string;
  description: string;
  language: Language;
}): WebSite {
  return {
    "@context": SCHEMA_ORG,
    "@type": "WebSite",
    url: absoluteUrl(site.siteUrl, "/"),
    name: site.title,
    description: site.description,
    inLanguage: site.language,
  };
}

export function blogPostingLd(post: {
  siteUrl: string;
  /** The page path, e.g. `/2019-04-17-메모/`. */
  url: string;
  title: string;
  description: string;
  datePublished: string;
  dateModified?: string;
  author: string;
  language: Language;
  category?: string;
  tags?: readonly string[];
  /** The preview picture's absolute URL. */
  image?: string;
}): BlogPosting {
  const url = absoluteUrl(post.siteUrl, post.url);
  // Optional properties are left out rather than set to undefined, so the object equals its
  // own JSON round trip.
  return {
    "@context": SCHEMA_ORG,
    "@type": "BlogPosting",
    url,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    headline: post.title,
    description: post.description,
    datePublished: post.datePublished,
    dateModified: post.dateModified ?? post.datePublished,
    author: { "@type": "Person", name: post.author },
    inLanguage: post.language,
    ...(post.category ? { articleSection: post.category } : {}),
    ...(post.tags?.length ? { keywords: [...post.tags] } : {}),
    ...(post.image ? { image: post.image } : {}),
  };
}

/** https://developers.google.com/search/docs/appearance/structured-data/breadcrumb */
export function breadcrumbLd(
  siteUrl: string,
  items: ReadonlyArray<{ name: string; path: string }>,
): BreadcrumbList {
  return {
    "@context": SCHEMA_ORG,
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: item.name,
      item: absoluteUrl(siteUrl, item.path),
    })),
  };
}

/**
 * Inside `<script>` the HTML parser ends the element at the first `</script` and treats `<!--`
 * specially, whatever JSON thinks: https://html.spec.whatwg.org/multipage/scripting.html#restrictions-for-contents-of-script-elements
 * Every `<`, `>` and `&` in JSON.stringify output sits inside a string, where `\u003c` etc. mean
 * the same character, so the text still parses to the same data while no frontmatter can close
 * the script or open a comment (`&` also for XHTML parsers, which decode references). U+2028 and
 * U+2029 end a line in JavaScript before ES2019, so a copy into inline JS would break.
 */
const SCRIPT_UNSAFE: Readonly<Record<string, string>> = {
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};

export function jsonLdScriptContent(data: object | readonly object[]): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/gu,
    (char) => SCRIPT_UNSAFE[char] ?? char,
  );
}
