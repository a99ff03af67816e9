import { Link } from "gatsby";
import React from "react";
import { FormattedDate } from "../FormattedDate";
import { uiText } from "../../site/uiText";
import type { RelatedPost } from "../../site/types";

/** After a post's text: up to three posts to read next (src/site/related.ts chooses them). */
export function RelatedPosts({ posts }: { posts: readonly RelatedPost[] }) {
  if (posts.length === 0) return null;
  return (
    <section className="related" aria-labelledby="related-heading">
      <h2 id="related-heading">{uiText.relatedPosts}</h2>
      <ul>
        {posts.map((post) => (
          <li key={post.url}>
            <Link to={post.url}>{post.title}</Link>{" "}
            <FormattedDate date={post.date} />
          </li>
        ))}
      </ul>
    </section>
  );
}
