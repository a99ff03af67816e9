import { Link, type HeadProps, type PageProps } from "gatsby";
import React from "react";
import { Layout } from "../components/Layout";
import { Pagination } from "../components/Pagination";
import { PostCard } from "../components/PostCard";
import { Profile } from "../components/Profile";
import { blogConfig } from "../../blog.config";
import { Seo } from "../components/Seo";
import { uiText } from "../site/uiText";
import { seriesIndexPath } from "../site/paths";
import type { ListingPageContext } from "../site/types";

type Props = PageProps<object, ListingPageContext>;

function heading({ listing }: ListingPageContext): string {
  if (listing.kind === "category") return uiText.categoryHeading(listing.name);
  if (listing.kind === "tag") return uiText.tagHeading(listing.name);
  if (listing.kind === "series") return uiText.seriesHeading(listing.name);
  return uiText.allPosts;
}

/**
 * The home page, a category or a tag: one page of posts, newest first, and the page links. No
 * page query: the build put the posts' cards in the page context (src/site/plan.ts).
 */
export default function ListingTemplate({ pageContext }: Props) {
  const { posts } = pageContext;
  return (
    <Layout>
      <h1
        className={
          pageContext.listing.kind === "home" ? "visually-hidden" : undefined
        }
      >
        {heading(pageContext)}
      </h1>
      {pageContext.listing.kind === "home" &&
        pageContext.page === 1 &&
        blogConfig.profile && <Profile profile={blogConfig.profile} />}
      {posts.length === 0 ? (
        <p>{uiText.noPosts}</p>
      ) : (
        <ol className="post-list" aria-label={uiText.postList}>
          {posts.map((post) => (
            <li key={post.url}>
              <PostCard post={post} />
            </li>
          ))}
        </ol>
      )}
      {pageContext.listing.kind === "series" && (
        <p>
          <Link to={seriesIndexPath}>{uiText.allSeries}</Link>
        </p>
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
