import { Link } from "gatsby";
import React from "react";
import type { SearchResponse } from "../search/client";
import type { PostText } from "../search/engine";
import {
  highlight,
  highlightPattern,
  snippet,
  type Segment,
} from "../search/snippet";
import { uiText } from "../site/uiText";
import { FormattedDate } from "./FormattedDate";

export type SearchState =
  | { status: "idle" }
  | { status: "loading"; previous: SearchResponse | null }
  | { status: "done"; response: SearchResponse }
  | { status: "failed" };

function Marked({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((segment, i) =>
        segment.mark ? (
          <mark key={i}>{segment.text}</mark>
        ) : (
          <React.Fragment key={i}>{segment.text}</React.Fragment>
        ),
      )}
    </>
  );
}

function statusText(state: SearchState): string {
  if (state.status === "idle") return uiText.searchHelp;
  if (state.status === "failed") return uiText.searchFailed;
  if (state.status === "loading") return uiText.searchLoading;
  const { query, hits } = state.response;
  return hits.length === 0
    ? uiText.searchNoResults(query)
    : uiText.searchCount(query, hits.length);
}

/** The result list: title, date, category and a snippet with the match marked. */
export function SearchResults({
  state,
  texts,
  limit,
}: {
  state: SearchState;
  /** Post texts by URL, for snippets; a hit without one shows no snippet yet. */
  texts: ReadonlyMap<string, PostText>;
  limit: number;
}) {
  const response =
    state.status === "done"
      ? state.response
      : state.status === "loading"
        ? state.previous
        : null;
  return (
    <section className="search-results" aria-label={uiText.searchResults}>
      <p className="search-status" role="status">
        {statusText(state)}
      </p>
      {response && response.hits.length > 0 && (
        <ol className="search-list">
          {response.hits.slice(0, limit).map((hit) => {
            const pattern = highlightPattern(response.words, hit.terms);
            const text = texts.get(hit.url);
            return (
              <li key={hit.url} className="search-hit">
                <h2 className="search-hit-title">
                  <Link to={hit.url}>
                    <Marked segments={highlight(hit.title, pattern)} />
                  </Link>
                </h2>
                <p className="post-meta">
                  <FormattedDate date={hit.date} />
                  {hit.category && ` · ${hit.category}`}
                </p>
                {text && (
                  <p className="search-hit-snippet">
                    <Marked
                      segments={snippet([text.description, text.body], pattern)}
                    />
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
