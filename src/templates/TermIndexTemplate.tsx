import { Link, type HeadProps, type PageProps } from "gatsby";
import React from "react";
import { Layout } from "../components/Layout";
import { Seo } from "../components/Seo";
import { TermChip } from "../components/TermLinks";
import { uiText } from "../site/uiText";
import type { TermIndexContext } from "../site/types";

const indexTitle = (kind: TermIndexContext["kind"]): string =>
  ({ category: uiText.categories, tag: uiText.tags, series: uiText.series })[
    kind
  ];

/**
 * `/categories/`, `/tags/` and `/series/`: every name with its post count, linking to its listing;
 * categories and tags as chips.
 */
export default function TermIndexTemplate({
  pageContext,
}: PageProps<object, TermIndexContext>) {
  const title = indexTitle(pageContext.kind);
  return (
    <Layout>
      <h1>{title}</h1>
      {pageContext.terms.length === 0 ? (
        <p>{uiText.noPosts}</p>
      ) : (
        <ul className={`term-index term-index-${pageContext.kind}`}>
          {pageContext.terms.map((term) =>
            pageContext.kind === "series" ? (
              // A series' name is a title, often long: a line each, not a chip.
              <li key={term.slug}>
                <Link to={term.url}>{term.name}</Link>{" "}
                <span className="term-count">
                  ({uiText.postCount(term.count)})
                </span>
              </li>
            ) : (
              // Chips, as on posts and listings. The count shows as a bare number and is read
              // out in words, so the link says what it leads to: "일상 (글 4개)".
              <li key={term.slug}>
                <TermChip kind={pageContext.kind} term={term}>
                  <span className="chip-count" aria-hidden="true">
                    {term.count}
                  </span>
                  <span className="visually-hidden">
                    {" "}
                    ({uiText.postCount(term.count)})
                  </span>
                </TermChip>
              </li>
            ),
          )}
        </ul>
      )}
    </Layout>
  );
}

export function Head({
  pageContext,
  location,
}: HeadProps<object, TermIndexContext>) {
  return <Seo title={indexTitle(pageContext.kind)} path={location.pathname} />;
}
