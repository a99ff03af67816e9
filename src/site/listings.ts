import {
  categoriesIndexPath,
  listingPath,
  seriesIndexPath,
  tagsIndexPath,
} from "./paths";
import { postTerms, type Term, type TermKind } from "../content/postSchema";
import type {
  ListingPageContext,
  PlanOptions,
  PlannedPage,
  PostCardData,
  SourcePost,
} from "./types";

/**
 * The listing pages of the site: home, each category and tag, paginated, each series on one page,
 * and the indexes of categories, tags and series.
 */

function paginate<T>(items: readonly T[], perPage: number): T[][] {
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += perPage)
    pages.push(items.slice(start, start + perPage));
  return pages.length ? pages : [[]];
}

function cardOf({ post, scheduled }: SourcePost): PostCardData {
  const {
    url,
    title,
    date,
    draft,
    description,
    excerpt,
    readingMinutes,
    category,
    tags,
  } = post;
  return {
    url,
    title,
    date,
    draft,
    description,
    excerpt,
    readingMinutes,
    category,
    tags,
    ...(scheduled ? { scheduled } : {}),
  };
}

export function listingPages(
  posts: readonly SourcePost[],
  basePath: string,
  listing: ListingPageContext["listing"],
  perPage: number,
): PlannedPage[] {
  const chunks = paginate(posts, perPage);
  return chunks.map((chunk, i) => ({
    template: "listing",
    path: listingPath(basePath, i + 1),
    context: {
      posts: chunk.map(cardOf),
      listing,
      page: i + 1,
      pageCount: chunks.length,
      basePath,
    },
  }));
}

export function termListings(
  listed: SourcePost[],
  kind: TermKind,
  options: PlanOptions,
) {
  const groups = new Map<string, { term: Term; posts: SourcePost[] }>();
  for (const source of listed) {
    for (const term of postTerms(source.post, kind)) {
      const group = groups.get(term.slug) ?? { term, posts: [] };
      group.posts.push(source);
      groups.set(term.slug, group);
    }
  }
  const sorted = [...groups.values()].sort((a, b) =>
    a.term.name.localeCompare(b.term.name, options.language),
  );
  const index: PlannedPage = {
    template: "termIndex",
    path: {
      category: categoriesIndexPath,
      tag: tagsIndexPath,
      series: seriesIndexPath,
    }[kind],
    context: {
      kind,
      terms: sorted.map(({ term, posts }) => ({
        ...term,
        count: posts.length,
      })),
    },
  };
  // A series reads from its first post, all on one page.
  const pages = sorted.flatMap(({ term, posts }) =>
    kind === "series"
      ? listingPages(
          [...posts].reverse(),
          term.url,
          { kind, name: term.name },
          posts.length,
        )
      : listingPages(
          posts,
          term.url,
          { kind, name: term.name },
          options.postsPerPage,
        ),
  );
  return { index, pages };
}
