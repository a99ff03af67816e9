import type { SourcePost } from "./collisions";
import { categoriesIndexPath, listingPath, tagsIndexPath } from "./paths";
import { postTerms, type PostFields, type Term } from "../content/readPost";
import type { PlannedPage, PlanOptions } from "./plan";

/**
 * The listing pages of the site: home, each category and tag, paginated, and the two indexes.
 */

/** What a listing shows of a post. */
export type PostCardData = Pick<
  PostFields,
  | "url"
  | "title"
  | "date"
  | "draft"
  | "description"
  | "excerpt"
  | "readingMinutes"
  | "category"
>;

/**
 * A listing carries its posts' cards in its context rather than querying for them: one query
 * per listing page was 818 extra queries at 1,000 posts (docs/benchmarks.md).
 */
export interface ListingPageContext {
  /** The posts of this page, newest first. */
  posts: PostCardData[];
  listing: { kind: "home" } | { kind: "category" | "tag"; name: string };
  /** 1-based page number, the number of pages, and the URL of page 1 of this listing. */
  page: number;
  pageCount: number;
  basePath: string;
}

export interface TermCount extends Term {
  count: number;
}

export interface TermIndexContext {
  kind: "category" | "tag";
  terms: TermCount[];
}

function paginate<T>(items: readonly T[], perPage: number): T[][] {
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += perPage)
    pages.push(items.slice(start, start + perPage));
  return pages.length ? pages : [[]];
}

function cardOf({ post }: SourcePost): PostCardData {
  const {
    url,
    title,
    date,
    draft,
    description,
    excerpt,
    readingMinutes,
    category,
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
  kind: "category" | "tag",
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
    path: kind === "category" ? categoriesIndexPath : tagsIndexPath,
    context: {
      kind,
      terms: sorted.map(({ term, posts }) => ({
        ...term,
        count: posts.length,
      })),
    },
  };
  const pages = sorted.flatMap(({ term, posts }) =>
    listingPages(
      posts,
      term.url,
      { kind, name: term.name },
      options.postsPerPage,
    ),
  );
  return { index, pages };
}
