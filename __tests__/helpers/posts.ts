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
