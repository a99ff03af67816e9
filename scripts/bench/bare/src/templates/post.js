import * as React from "react";
import { graphql } from "gatsby";

export default function Post({ data }) {
  const { frontmatter, html } = data.markdownRemark;
  return (
    <main>
      <h1>{frontmatter.title}</h1>
      <time>{frontmatter.date}</time>
      <article dangerouslySetInnerHTML={{ __html: html }} />
    </main>
  );
}

export const Head = ({ data }) => (
  <title>{data.markdownRemark.frontmatter.title}</title>
);

export const query = graphql`
  query ($id: String!) {
    markdownRemark(id: { eq: $id }) {
      html
      frontmatter {
        title
        date
      }
    }
  }
`;
