import React from "react";
import type { GiscusSettings } from "../../config/blogConfigSchema";
import { uiText } from "../../site/uiText";
import { blogConfig } from "../../../blog.config";

/**
 * The comment area after a post, for giscus (blog.config.ts `comments`). Only markup: nothing is
 * fetched until the reader scrolls near it or presses 댓글 보기 (src/browser/post.ts loads
 * giscus then). The thread is found by the post's path as the site stores it (NFC, decoded),
 * so the same post reached by an encoded, NFD or plain URL opens the same discussion. The area
 * keeps its height from the start, so nothing below it moves when the comments arrive.
 */
export function Comments({
  giscus,
  path,
}: {
  giscus: GiscusSettings;
  path: string;
}) {
  return (
    <section
      className="comments"
      aria-labelledby="comments-heading"
      data-giscus-repo={giscus.repo}
      data-giscus-repo-id={giscus.repoId}
      data-giscus-category={giscus.category}
      data-giscus-category-id={giscus.categoryId}
      data-giscus-term={path.normalize("NFC")}
      data-giscus-lang={blogConfig.language}
    >
      <h2 id="comments-heading">{uiText.comments}</h2>
      <button type="button" className="comments-load">
        {uiText.showComments}
      </button>
      <div className="giscus" />
    </section>
  );
}
