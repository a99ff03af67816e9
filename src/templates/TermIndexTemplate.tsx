import { Link, type HeadProps, type PageProps } from "gatsby";
import React from "react";
import { Layout } from "../components/Layout";
import { Seo } from "../components/Seo";
import { uiText } from "../site/uiText";
import type { TermIndexContext } from "../site/types";

/** `/categories/` and `/tags/`: every name with its post count, linking to its listing. */
export default function TermIndexTemplate({
  pageContext,
}: PageProps<object, TermIndexContext>) {
  const title =
    pageContext.kind === "category" ? uiText.categories : uiText.tags;
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
  return (
    <Seo
      title={pageContext.kind === "category" ? uiText.categories : uiText.tags}
      path={location.pathname}
    />
  );
}
