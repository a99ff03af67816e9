import type { PostFields } from "../content/postSchema";
import { absoluteUrl } from "./metaTags";

/** One post as the feed query returns it (gatsby-config.ts selects these fields). */
export interface FeedNode {
  html: string | null;
  fields: {
    post: Pick<
      PostFields,
      "title" | "url" | "timestamp" | "description" | "excerpt"
    > | null;
  } | null;
}

export interface FeedItem {
  title: string;
  description: string;
  date: string;
  url: string;
  guid: string;
  custom_elements: Array<Record<string, string>>;
}

/**
 * RSS items carrying the whole post. Links are percent-encoded absolute URLs (RSS 2.0 wants a
 * URL, and some readers refuse raw Hangul); the `rss` package escapes the text and wraps the
 * HTML in CDATA, so frontmatter can hold any character.
 */
export function feedItems(
  nodes: readonly FeedNode[],
  siteUrl: string,
): FeedItem[] {
  return nodes.flatMap(({ html, fields }) => {
    const post = fields?.post;
    if (!post) return [];
    const url = absoluteUrl(siteUrl, post.url);
    return [
      {
        title: post.title,
        description: post.description ?? post.excerpt,
        date: post.timestamp,
        url,
        guid: url,
        custom_elements: [{ "content:encoded": (html ?? "").normalize("NFC") }],
      },
    ];
  });
}
