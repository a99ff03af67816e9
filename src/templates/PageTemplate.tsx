import { graphql, type HeadProps, type PageProps } from "gatsby";
import React from "react";
import { Layout } from "../components/Layout";
import { Seo } from "../components/Seo";

/** A `type: page` post (About, …): its title and body, in no listing, with no date or neighbours. */
export default function PageTemplate({
  data,
}: PageProps<Queries.PageTemplateQuery>) {
  const node = data.markdownRemark;
  if (!node?.fields?.post) return null;
  return (
    <Layout>
      <article className="post">
        <header className="post-header">
          <h1>{node.fields.post.title}</h1>
        </header>
        <div
          className="post-body"
          dangerouslySetInnerHTML={{
            __html: (node.html ?? "").normalize("NFC"),
          }}
        />
      </article>
    </Layout>
  );
}

export function Head({ data, location }: HeadProps<Queries.PageTemplateQuery>) {
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
  query PageTemplate($id: String!) {
    markdownRemark(id: { eq: $id }) {
      html
      excerpt(pruneLength: 160, truncate: true)
      fields {
        post {
          title
          description
        }
      }
    }
  }
`;
