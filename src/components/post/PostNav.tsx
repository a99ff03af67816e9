import { Link } from "gatsby";
import React from "react";
import { uiText } from "../../site/uiText";
import type { PostLink } from "../../site/types";

/** Links to the next older and next newer post. */
export function PostNav({
  previous,
  next,
}: {
  previous: PostLink | null;
  next: PostLink | null;
}) {
  if (!previous && !next) return null;
  return (
    <nav className="post-nav" aria-label={uiText.postNavigation}>
      {previous && (
        <Link to={previous.url} rel="prev" className="post-nav-previous">
          <span className="post-nav-label">{uiText.previousPost}</span>{" "}
          {previous.title}
        </Link>
      )}
      {next && (
        <Link to={next.url} rel="next" className="post-nav-next">
          <span className="post-nav-label">{uiText.nextPost}</span> {next.title}
        </Link>
      )}
    </nav>
  );
}
