import { Link } from "gatsby";
import React from "react";
import { listingPath } from "../site/paths";
import { uiText } from "../site/uiText";

/** Newer/older links between the pages of one listing; nothing when it has a single page. */
export function Pagination({
  page,
  pageCount,
  basePath,
}: {
  page: number;
  pageCount: number;
  basePath: string;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={uiText.pagination}>
      {page > 1 && (
        <Link to={listingPath(basePath, page - 1)} rel="prev">
          ← {uiText.newerPosts}
        </Link>
      )}
      <span aria-current="page">{uiText.pageOf(page, pageCount)}</span>
      {page < pageCount && (
        <Link to={listingPath(basePath, page + 1)} rel="next">
          {uiText.olderPosts} →
        </Link>
      )}
    </nav>
  );
}
