import { toPostFields } from "../../src/content/readPost";
import { validateFrontmatter } from "../../src/content/frontmatter";
import type { SourcePost } from "../../src/site/types";

/** A valid post as the build would hold it, from frontmatter-like overrides. */
export function sourcePost(
  id: string,
  frontmatter: Record<string, unknown> = {},
  body = `Post ${id}의 본문.`,
): SourcePost {
  const file = `content/posts/${id}.md`;
  const result = validateFrontmatter(
    {
      title: `Post ${id}`,
      path: `/${id}`,
      category: "Diary",
      date: "2020-01-01",
      ...frontmatter,
    },
    file,
    "Asia/Seoul",
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return { id, file, post: toPostFields(result.frontmatter, body) };
}

/** A day of January 2020, for posts whose order is what a test is about. */
export const day = (n: number): string =>
  `2020-01-${String(n).padStart(2, "0")}`;

/** The site plan's options as the production build sets them, two posts a page. */
export const planOptions = {
  postsPerPage: 2,
  includeDrafts: false,
  language: "ko",
  timeZone: "Asia/Seoul",
};
