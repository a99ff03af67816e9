import type { PreviewImage } from "../seo/card/cardSpec";
import type { PostFields, Term, TermKind } from "../content/postSchema";

/**
 * The site plan's shared types: the posts it is made from, the pages it plans and what each
 * page's template receives in its context. Here, apart from the modules that make them, so
 * the plan, listings, archive, collisions, templates and tests import them without a cycle.
 */

/** A valid post and the file it came from. */
export interface SourcePost {
  id: string;
  file: string;
  post: PostFields;
  /** Dated after the build's moment: shown in develop only, marked 예약 (src/site/plan.ts). */
  scheduled?: boolean;
}

/** A URL the site makes on its own (a listing, an index, the 404 page), and what it is. */
export interface GeneratedPath {
  path: string;
  description: string;
}

/** A neighbouring post, as the previous/next links show it. */
export interface PostLink {
  title: string;
  url: string;
}

/** A post to read next, as the 관련 글 list shows it. */
export type RelatedPost = Pick<PostFields, "title" | "url" | "date">;

export interface PostPageContext {
  id: string;
  /** The next older post. */
  previous: PostLink | null;
  /** The next newer post. */
  next: PostLink | null;
  /** Up to three posts to read next (src/site/related.ts). */
  related: RelatedPost[];
  /** The series the post is in, if any. */
  series: SeriesPlace | null;
  /** Dated after the build's moment (shown in develop only). */
  scheduled: boolean;
  /** The post's own preview picture (frontmatter `image`), set by gatsby/previewCards/previewCards.ts. */
  ownImage?: PreviewImage | null;
}

/** A `type: page` post's page. */
export interface StandalonePageContext {
  id: string;
  /** Its own preview picture (frontmatter `image`), set by gatsby/previewCards/previewCards.ts. */
  ownImage?: PreviewImage | null;
}

/** A post's series, as the post shows it: every post of it, oldest first, and which is this. */
export interface SeriesPlace {
  name: string;
  url: string;
  posts: PostLink[];
  /** This post's place in `posts`, 0-based. */
  index: number;
}

export interface ArchiveContext {
  years: ArchiveYear[];
}

/** An old path of a post (its frontmatter `aliases`): the page sends the reader on. */
export interface RedirectContext {
  /** The post's path now, as its other links have it (no prefix, not encoded). */
  to: string;
  title: string;
}

export type PlannedPage =
  | { template: "post"; path: string; context: PostPageContext }
  | { template: "page"; path: string; context: StandalonePageContext }
  | { template: "listing"; path: string; context: ListingPageContext }
  | { template: "termIndex"; path: string; context: TermIndexContext }
  | { template: "archive"; path: string; context: ArchiveContext }
  | { template: "redirect"; path: string; context: RedirectContext };

export interface PlanOptions {
  postsPerPage: number;
  /** `gatsby develop` shows drafts and scheduled posts; the production build leaves them out. */
  includeDrafts: boolean;
  /**
   * The build's moment (src/content/buildTime.ts), ISO 8601: posts dated later are scheduled.
   * Left out, no post is scheduled.
   */
  now?: string;
  /** Language whose alphabetical order the category and tag indexes follow. */
  language: string;
  /** Zone in which the archive files a post under its year and month. */
  timeZone: string;
}

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
  | "tags"
> & {
  /** Shown in develop before its date: marked 예약. */
  scheduled?: boolean;
};

/**
 * A listing carries its posts' cards in its context rather than querying for them: one query
 * per listing page was hundreds of extra queries at 1,000 posts (docs/benchmarks.md).
 */
export interface ListingPageContext {
  /** The posts of this page: newest first, but a series oldest first. */
  posts: PostCardData[];
  listing: { kind: "home" } | { kind: TermKind; name: string };
  /** 1-based page number, the number of pages, and the URL of page 1 of this listing. */
  page: number;
  pageCount: number;
  basePath: string;
}

export interface TermCount extends Term {
  count: number;
}

export interface TermIndexContext {
  kind: TermKind;
  terms: TermCount[];
}

export interface ArchivePost extends PostLink {
  date: string;
}

export interface ArchiveMonth {
  month: number;
  posts: ArchivePost[];
}

export interface ArchiveYear {
  year: number;
  count: number;
  months: ArchiveMonth[];
}
