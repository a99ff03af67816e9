import { Link } from "gatsby";
import React from "react";
import { uiText } from "../site/uiText";
import { FormattedDate } from "./FormattedDate";
import { TagChips } from "./TermLinks";
import type { PostCardData } from "../site/types";

/**
 * One post in a listing, in the order a reader scans it: the title, then when and how long with
 * the category and tags as chips on the same line where it fits, then the summary.
 */
export function PostCard({ post }: { post: PostCardData }) {
  return (
    <article className="post-card">
      <h2 className="post-card-title">
        <Link to={post.url}>{post.title}</Link>
        {post.draft && <span className="badge"> {uiText.draft}</span>}
        {post.scheduled && <span className="badge"> {uiText.scheduled}</span>}
      </h2>
      <div className="post-card-meta">
        <p className="post-meta">
          <FormattedDate date={post.date} />
          {" · "}
          {uiText.readingTime(post.readingMinutes)}
        </p>
        <TagChips category={post.category} tags={post.tags} />
      </div>
      <p className="post-card-excerpt">{post.description ?? post.excerpt}</p>
    </article>
  );
}
