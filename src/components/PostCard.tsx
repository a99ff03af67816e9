import { graphql, Link } from "gatsby";
import React from "react";
import { uiText } from "../lib/uiText";
import { FormattedDate } from "./FormattedDate";

/** One post in a listing: title link, date, category, and the description or an excerpt. */
export function PostCard({ post }: { post: Queries.PostCardFragment }) {
  const fields = post.fields?.post;
  if (!fields) return null;
  return (
    <article className="post-card">
      <h2 className="post-card-title">
        <Link to={fields.url}>{fields.title}</Link>
        {fields.draft && <span className="badge"> {uiText.draft}</span>}
      </h2>
      <p className="post-meta">
        <FormattedDate date={fields.date} />
        {fields.category && (
          <>
            {" · "}
            <Link to={fields.category.url}>{fields.category.name}</Link>
          </>
        )}
        {" · "}
        {uiText.readingTime(fields.readingMinutes)}
      </p>
      <p className="post-card-excerpt">
        {fields.description ?? fields.excerpt}
      </p>
    </article>
  );
}

export const postCardFragment = graphql`
  fragment PostCard on MarkdownRemark {
    id
    fields {
      post {
        url
        title
        date
        draft
        description
        excerpt
        readingMinutes
        category {
          name
          url
        }
      }
    }
  }
`;
