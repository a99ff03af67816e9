import { graphql, type HeadProps, type PageProps } from "gatsby";
import React from "react";
import { Layout } from "../components/Layout";
import { PostBody } from "../components/post/PostBody";
import { Seo } from "../components/Seo";
import { MathStylesheet } from "../components/post/MathStylesheet";
import { languageOf } from "../site/uiText";
import type { StandalonePageContext } from "../site/types";

/** A `type: page` post (About, …): its title and body, in no listing, with no date or neighbours. */
export default function PageTemplate({
  data,
}: PageProps<Queries.PageTemplateQuery>) {
  const node = data.markdownRemark;
  if (!node?.fields?.post) return null;
  return (
    <Layout>
      <article className="post" lang={node.fields.post.lang ?? undefined}>
        <header className="post-header">
          <h1>{node.fields.post.title}</h1>
        </header>
        <PostBody html={node.html ?? ""} />
      </article>
    </Layout>
  );
}

export function Head({
  data,
  location,
  pageContext,
}: HeadProps<Queries.PageTemplateQuery, StandalonePageContext>) {
  const node = data.markdownRemark;
  return (
    <>
      <Seo
        title={node?.fields?.post?.title}
        description={
          node?.fields?.post?.description ?? node?.fields?.post?.excerpt
        }
        path={location.pathname}
        image={pageContext.ownImage ?? undefined}
        language={languageOf(node?.fields?.post?.lang)}
      />
      <MathStylesheet html={node?.html} />
    </>
  );
}

export const query = graphql`
  query PageTemplate($id: String!) {
    markdownRemark(id: { eq: $id }) {
      html
      fields {
        post {
          title
          description
          excerpt
          lang
        }
      }
    }
  }
`;
