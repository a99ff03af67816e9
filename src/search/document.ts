import { markdownToText } from "../content/markdownText";
import type { PostFields } from "../content/postSchema";
import type { IndexedPost } from "./engine";

const FENCE = /^\s{0,3}(`{3,}|~{3,})/u;
const ATX = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/u;

/** The text of a post's ATX headings (`## 일하는 리듬`), code blocks skipped. */
export function markdownHeadings(markdown: string): string[] {
  const out: string[] = [];
  let fence: string | null = null;
  for (const line of markdown.split(/\r?\n/u)) {
    const marker = FENCE.exec(line)?.[1];
    if (marker && (fence === null || marker.startsWith(fence))) {
      fence = fence === null ? marker : null;
      continue;
    }
    const heading = fence === null ? ATX.exec(line)?.[1] : undefined;
    if (heading) out.push(markdownToText(heading));
  }
  return out;
}

/**
 * Which posts search finds: published posts. Pages (`type: page`, the About page) are left out:
 * results are a dated list of writing, like every other listing of the site, and a page has no
 * date or category to show. Drafts only where the site shows them (`gatsby develop`).
 */
export function isSearchable(
  post: PostFields,
  includeDrafts: boolean,
): boolean {
  return post.kind === "post" && (includeDrafts || !post.draft);
}

/** A post as the index takes it, from its fields and its markdown body (no frontmatter). */
export function toIndexedPost(
  post: PostFields,
  markdown: string,
  n: number,
): IndexedPost {
  return {
    id: post.url,
    n,
    title: post.title,
    date: post.date,
    category: post.category?.name ?? "",
    description: post.description ?? "",
    tags: post.tags.map((tag) => tag.name),
    headings: markdownHeadings(markdown),
    body: markdownToText(markdown),
  };
}
