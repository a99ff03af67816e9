import { Link } from "gatsby";
import React from "react";
import { uiText } from "../site/uiText";
import { FormattedDate } from "./FormattedDate";
import type { PostCardData } from "../site/types";

/** One post in a listing: title link, date, reading time, its category as a chip, and its summary. */
export function PostCard({ post }: { post: PostCardData }) {
  return (
    <article className="post-card">
      <h2 className="post-card-title">
        <Link to={post.url}>{post.title}</Link>
        {post.draft && <span className="badge"> {uiText.draft}</span>}
        {post.scheduled && <span className="badge"> {uiText.scheduled}</span>}
      </h2>
      <p className="post-meta">
        <FormattedDate date={post.date} />
        {" · "}
        {uiText.readingTime(post.readingMinutes)}
        {post.category && (
          <>
            {" "}
            <Link className="chip chip-category" to={post.category.url}>
              {post.category.name}
            </Link>
          </>
        )}
      </p>
      <p className="post-card-excerpt">{post.description ?? post.excerpt}</p>
    </article>
  );
}
