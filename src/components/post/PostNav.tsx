import { Link } from "gatsby";
import React from "react";
import { uiText } from "../../site/uiText";
import type { PostLink } from "../../site/types";

const TEXTS = {
  site: {
    navigation: uiText.postNavigation,
    previous: uiText.previousPost,
    next: uiText.nextPost,
  },
  series: {
    navigation: uiText.seriesNavigation,
    previous: uiText.seriesPrevious,
    next: uiText.seriesNext,
  },
};

/**
 * Links to the post before and after this one: the site's next older and next newer post, or,
 * `within="series"`, the parts before and after it in its series. Only the site's carry
 * `rel="prev"`/`"next"` (what the speculation rules prerender).
 */
export function PostNav({
  previous,
  next,
  within = "site",
}: {
  previous: PostLink | null | undefined;
  next: PostLink | null | undefined;
  within?: keyof typeof TEXTS;
}) {
  if (!previous && !next) return null;
  const texts = TEXTS[within];
  const site = within === "site";
  return (
    <nav
      className={site ? "post-nav" : "post-nav series-nav"}
      aria-label={texts.navigation}
    >
      {previous && (
        <Link
          to={previous.url}
          rel={site ? "prev" : undefined}
          className="post-nav-previous"
        >
          <span className="post-nav-label">{texts.previous}</span>{" "}
          {previous.title}
        </Link>
      )}
      {next && (
        <Link
          to={next.url}
          rel={site ? "next" : undefined}
          className="post-nav-next"
        >
          <span className="post-nav-label">{texts.next}</span> {next.title}
        </Link>
      )}
    </nav>
  );
}
