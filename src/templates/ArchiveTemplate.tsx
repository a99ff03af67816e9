import { Link, type HeadProps, type PageProps } from "gatsby";
import React from "react";
import { FormattedDate } from "../components/FormattedDate";
import { Layout } from "../components/Layout";
import { Seo } from "../components/Seo";
import { uiText } from "../site/uiText";
import type { ArchiveContext } from "../site/types";

/** `/archive/`: every post by year and month, with counts. */
export default function ArchiveTemplate({
  pageContext,
}: PageProps<object, ArchiveContext>) {
  return (
    <Layout>
      <h1>{uiText.archive}</h1>
      {pageContext.years.length === 0 && <p>{uiText.noPosts}</p>}
      <div className="archive-list">
        {pageContext.years.map(({ year, count, months }) => (
          <section key={year} aria-labelledby={`archive-${year}`}>
            <h2 id={`archive-${year}`}>{uiText.archiveYear(year, count)}</h2>
            {months.map(({ month, posts }) => (
              <section key={month} aria-labelledby={`archive-${year}-${month}`}>
                <h3 id={`archive-${year}-${month}`}>
                  {uiText.archiveMonth(month, posts.length)}
                </h3>
                <ul>
                  {posts.map((post) => (
                    <li key={post.url}>
                      <Link to={post.url}>{post.title}</Link>{" "}
                      <span className="post-meta">
                        <FormattedDate date={post.date} />
                      </span>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </section>
        ))}
      </div>
    </Layout>
  );
}

export function Head({ location }: HeadProps<object, ArchiveContext>) {
  return <Seo title={uiText.archive} path={location.pathname} />;
}
