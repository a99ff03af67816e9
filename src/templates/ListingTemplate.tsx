import { graphql, type HeadProps, type PageProps } from "gatsby";
import React from "react";
import { Layout } from "../components/Layout";
import { Pagination } from "../components/Pagination";
import { PostCard } from "../components/PostCard";
import { Seo } from "../components/Seo";
import type { ListingPageContext } from "../lib/sitePlan";
import { uiText } from "../lib/uiText";

type Props = PageProps<Queries.ListingTemplateQuery, ListingPageContext>;

function heading({ listing }: ListingPageContext): string {
  if (listing.kind === "category") return uiText.categoryHeading(listing.name);
  if (listing.kind === "tag") return uiText.tagHeading(listing.name);
  return uiText.allPosts;
}

/** The home page, a category or a tag: one page of posts, newest first, and the page links. */
export default function ListingTemplate({ data, pageContext }: Props) {
  // The query returns the page's posts in store order; the build already put them in reading order.
  const byId = new Map(
    data.allMarkdownRemark.nodes.map((node) => [node.id, node]),
  );
  const posts = pageContext.ids.flatMap((id) => byId.get(id) ?? []);
  return (
    <Layout>
      <h1
        className={
          pageContext.listing.kind === "home" ? "visually-hidden" : undefined
        }
      >
        {heading(pageContext)}
      </h1>
      {posts.length === 0 ? (
        <p>{uiText.noPosts}</p>
      ) : (
        <ol className="post-list" aria-label={uiText.postList}>
          {posts.map((post) => (
            <li key={post.id}>
              <PostCard post={post} />
            </li>
          ))}
        </ol>
      )}
      <Pagination
        page={pageContext.page}
        pageCount={pageContext.pageCount}
        basePath={pageContext.basePath}
      />
    </Layout>
  );
}

export function Head({
  pageContext,
  location,
}: HeadProps<object, ListingPageContext>) {
  const title =
    pageContext.listing.kind === "home" ? undefined : heading(pageContext);
  const page =
    pageContext.page > 1
      ? uiText.pageOf(pageContext.page, pageContext.pageCount)
      : "";
  const { listing, basePath } = pageContext;
  return (
    <Seo
      title={[title, page].filter(Boolean).join(" · ") || undefined}
      path={location.pathname}
      breadcrumbs={
        listing.kind === "home"
          ? undefined
          : [{ name: listing.name, path: basePath }]
      }
    />
  );
}

export const query = graphql`
  query ListingTemplate($ids: [String!]!) {
    allMarkdownRemark(filter: { id: { in: $ids } }) {
      nodes {
        id
        ...PostCard
      }
    }
  }
`;
