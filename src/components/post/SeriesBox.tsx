import { Link } from "gatsby";
import React from "react";
import { uiText } from "../../site/uiText";
import type { SeriesPlace } from "../../site/types";
import { PostNav } from "./PostNav";

/** From this many posts on, the list of the series starts folded. */
const FOLD_FROM = 6;

/**
 * Before a post in a series: the series' name linking to its page, the post's place (`2/4`),
 * and every post of the series with this one marked. A long series folds its list into a
 * `<details>`, which needs no script and opens by keyboard.
 */
export function SeriesBox({ series }: { series: SeriesPlace }) {
  const count = series.posts.length;
  const list = (
    <ol className="series-posts">
      {series.posts.map((post, i) => (
        <li key={post.url}>
          {i === series.index ? (
            <a href={post.url} aria-current="page">
              {post.title}
            </a>
          ) : (
            <Link to={post.url}>{post.title}</Link>
          )}
        </li>
      ))}
    </ol>
  );
  return (
    <aside className="series" aria-label={uiText.series}>
      <p className="series-title">
        <Link to={series.url}>{series.name}</Link>{" "}
        <span
          className="series-place"
          aria-label={uiText.seriesPlace(series.index + 1, count)}
        >
          {series.index + 1}/{count}
        </span>
      </p>
      {count >= FOLD_FROM ? (
        <details>
          <summary>{uiText.seriesAllPosts(count)}</summary>
          {list}
        </details>
      ) : (
        list
      )}
    </aside>
  );
}

/** After a post in a series: the posts before and after it in the series. */
export function SeriesNav({ series }: { series: SeriesPlace }) {
  return (
    <PostNav
      previous={series.posts[series.index - 1]}
      next={series.posts[series.index + 1]}
      within="series"
    />
  );
}
