import { graphql, useStaticQuery } from "gatsby";

export interface StandalonePage {
  title: string;
  url: string;
}

/**
 * The `type: page` posts (About, …), for the header: they are in no listing, so the navigation
 * is how readers (and link checkers) reach them. Drafts stay out, as they do of the build.
 */
export function useStandalonePages(): StandalonePage[] {
  const data = useStaticQuery<Queries.StandalonePagesQuery>(graphql`
    query StandalonePages {
      allMarkdownRemark(
        filter: {
          fields: { post: { kind: { eq: "page" }, draft: { eq: false } } }
        }
        sort: { fields: { post: { title: ASC } } }
      ) {
        nodes {
          fields {
            post {
              title
              url
            }
          }
        }
      }
    }
  `);
  return data.allMarkdownRemark.nodes.flatMap((node) => {
    const post = node.fields?.post;
    return post ? [{ title: post.title, url: post.url }] : [];
  });
}
