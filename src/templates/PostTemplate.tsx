import { graphql, type HeadProps, type PageProps } from "gatsby";
import React from "react";
import { FormattedDate } from "../components/FormattedDate";
import { Layout } from "../components/Layout";
import { PostNav } from "../components/PostNav";
import { Seo } from "../components/Seo";
import { TermLinks } from "../components/TermLinks";
import type { PostPageContext } from "../lib/sitePlan";
import { uiText } from "../lib/uiText";

type Props = PageProps<Queries.PostTemplateQuery, PostPageContext>;

export default function PostTemplate({ data, pageContext }: Props) {
  const post = data.markdownRemark?.fields?.post;
  if (!post) return null;
  return (
    <Layout>
      <article className="post">
        <header className="post-header">
          <h1>
            {post.title}
            {post.draft && <span className="badge"> {uiText.draft}</span>}
          </h1>
          <p className="post-meta">
            <FormattedDate date={post.date} />
            {post.updated && (
              <>
                {" · "}
                {uiText.updated} <FormattedDate date={post.updated} />
              </>
            )}
          </p>
          <TermLinks category={post.category} tags={post.tags} />
        </header>
        <div
          className="post-body"
          // Markdown rendered by gatsby-transformer-remark at build time; NFC so text copied
          // from an NFD (macOS) file searches and compares like everything else.
          dangerouslySetInnerHTML={{
            __html: (data.markdownRemark?.html ?? "").normalize("NFC"),
          }}
        />
      </article>
      <PostNav previous={pageContext.previous} next={pageContext.next} />
    </Layout>
  );
}

export function Head({ data, location }: HeadProps<Queries.PostTemplateQuery>) {
  const node = data.markdownRemark;
  return (
    <Seo
      title={node?.fields?.post?.title}
      description={node?.fields?.post?.description ?? node?.excerpt}
      path={location.pathname}
    />
  );
}

export const query = graphql`
  query PostTemplate($id: String!) {
    markdownRemark(id: { eq: $id }) {
      html
      excerpt(pruneLength: 160, truncate: true)
      fields {
        post {
          title
          date
          updated
          draft
          description
          category {
            name
            url
          }
          tags {
            name
            url
          }
        }
      }
    }
  }
`;
