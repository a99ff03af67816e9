import { Link, type HeadProps, type PageProps } from "gatsby";
import React from "react";
import { Layout } from "../components/Layout";
import { Seo } from "../components/Seo";
import { uiText } from "../site/uiText";
import type { TermIndexContext } from "../site/types";

const indexTitle = (kind: TermIndexContext["kind"]): string =>
  ({ category: uiText.categories, tag: uiText.tags, series: uiText.series })[
    kind
  ];

/** `/categories/`, `/tags/` and `/series/`: every name with its post count, linking to its listing. */
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
        <ul className="term-index">
          {pageContext.terms.map((term) => (
            <li key={term.slug}>
              <Link to={term.url}>{term.name}</Link>{" "}
              <span className="term-count">
                ({uiText.postCount(term.count)})
              </span>
            </li>
          ))}
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
