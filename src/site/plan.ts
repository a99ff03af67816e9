import { archiveOf } from "./archive";
import { findPathCollisions, findTermCollisions } from "./collisions";
import { listingPages, termListings } from "./listings";
import { relatedPosts } from "./related";
import { isScheduled } from "../content/buildTime";
import { seriesPlaces } from "./series";
import { archivePath, homePath, pathKey, searchPagePath } from "./paths";
import { termSpellings, withShownTerms } from "./termSpellings";
import type { Problem } from "../content/problems";
import type {
  GeneratedPath,
  PlanOptions,
  PlannedPage,
  PostLink,
  SourcePost,
} from "./types";

/** Pages Gatsby makes from src/pages; a post may not take their URLs. */
const STATIC_PAGES: GeneratedPath[] = [
  { path: "/404/", description: "the not-found page" },
  { path: searchPagePath, description: "the search page" },
];

/** Code-unit order: the same on every machine, whatever its ICU collation data. */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Newest first; posts of the same instant in URL order, so every build lists them alike. */
export function byNewest(a: SourcePost, b: SourcePost): number {
  return (
    compare(b.post.timestamp, a.post.timestamp) ||
    compare(a.post.url, b.post.url)
  );
}

/** What a generated page is, for the message when a post claims its URL. */
function describe(page: PlannedPage): string {
  if (page.template === "termIndex") return `the ${page.context.kind} index`;
  if (page.template === "archive") return "the archive";
  if (page.template !== "listing") return "a page of the site";
  const { listing, page: number } = page.context;
  return listing.kind === "home"
    ? `page ${number} of the home listing`
    : `page ${number} of the ${listing.kind} "${listing.name}"`;
}

export interface SitePlan {
  pages: PlannedPage[];
  /** What stops the build: posts or terms that would share a URL. */
  problems: Problem[];
  /** What the build lets through but an author may want to tidy: merged term spellings. */
  warnings: Problem[];
}

/**
 * Every page the site will have, and every problem that spans posts (colliding paths and term
 * URLs). Pure, so the build and the content check agree and tests need no Gatsby.
 */
export function planSite(
  posts: readonly SourcePost[],
  options: PlanOptions,
): SitePlan {
  const scheduled = (p: SourcePost) =>
    options.now !== undefined && isScheduled(p.post, options.now);
  const published = posts
    .filter((p) => options.includeDrafts || (!p.post.draft && !scheduled(p)))
    .map((p) => (scheduled(p) ? { ...p, scheduled: true } : p));
  const categorySpellings = termSpellings(published, "category");
  const tagSpellings = termSpellings(published, "tag");
  const seriesSpellings = termSpellings(published, "series");
  const listed = published
    .filter((p) => p.post.kind === "post")
    .map((p) =>
      withShownTerms(p, categorySpellings, tagSpellings, seriesSpellings),
    )
    .sort(byNewest);
  const categories = termListings(listed, "category", options);
  const tags = termListings(listed, "tag", options);
  const series = termListings(listed, "series", options);
  const generated: PlannedPage[] = [
    ...listingPages(listed, homePath(), { kind: "home" }, options.postsPerPage),
    categories.index,
    ...categories.pages,
    tags.index,
    ...tags.pages,
    series.index,
    ...series.pages,
    {
      template: "archive",
      path: archivePath,
      context: { years: archiveOf(listed, options.timeZone) },
    },
  ];
  const problems = [
    ...findPathCollisions(published, [
      ...STATIC_PAGES,
      ...generated.map((page) => ({
        path: page.path,
        description: describe(page),
      })),
    ]),
    ...findTermCollisions(posts, "category"),
    ...findTermCollisions(posts, "tag"),
    ...findTermCollisions(posts, "series"),
  ];

  const taken = new Set(generated.map((page) => pathKey(page.path)));
  STATIC_PAGES.forEach((page) => taken.add(pathKey(page.path)));
  const postPages: PlannedPage[] = [];
  const link = (p: SourcePost | undefined): PostLink | null =>
    p ? { title: p.post.title, url: p.post.url } : null;
  const position = new Map(listed.map((p, i) => [p.id, i]));
  const related = relatedPosts(listed);
  const places = seriesPlaces(listed);
  const byFile = [...published].sort((a, b) => compare(a.file, b.file));
  for (const source of byFile) {
    const key = pathKey(source.post.url);
    if (taken.has(key)) continue; // reported above; the first file keeps the URL meanwhile
    taken.add(key);
    const i = position.get(source.id);
    postPages.push(
      i === undefined
        ? {
            template: "page",
            path: source.post.url,
            context: { id: source.id },
          }
        : {
            template: "post",
            path: source.post.url,
            context: {
              id: source.id,
              previous: link(listed[i + 1]),
              next: link(listed[i - 1]),
              related: related.get(source.id) ?? [],
              series: places.get(source.id) ?? null,
              scheduled: source.scheduled === true,
            },
          },
    );
  }
  // After every post's own path: a page is never displaced by another post's old one.
  const redirectPages: PlannedPage[] = [];
  for (const source of byFile) {
    for (const alias of source.post.aliases) {
      const key = pathKey(alias);
      if (taken.has(key)) continue; // reported above
      taken.add(key);
      redirectPages.push({
        template: "redirect",
        path: alias,
        context: { to: source.post.url, title: source.post.title },
      });
    }
  }
  return {
    pages: [...generated, ...postPages, ...redirectPages],
    problems,
    warnings: [
      ...categorySpellings.warnings,
      ...tagSpellings.warnings,
      ...seriesSpellings.warnings,
    ],
  };
}
