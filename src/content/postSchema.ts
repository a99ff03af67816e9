import { z } from "zod";
import { storedAsWritten } from "./frontmatter";
import { problemSchema } from "./problems";

/**
 * What the build stores for a valid post (`fields.post` on its MarkdownRemark node), declared
 * once. The TypeScript type is `z.infer` of it; the GraphQL types are generated from it
 * (gatsby/createSchemaCustomization.ts), and so is the selection createPages asks for, whose
 * answer it parses. The frontmatter rules an author's file must follow are
 * src/content/frontmatter.ts; src/content/readPost.ts turns one into the other. Fields the
 * build derives something from (a URL, a date, terms) are declared here; the rest are stored
 * as written, declared once in frontmatter.ts.
 */

/** A category, tag or series as pages and links use it. */
export const termSchema = z.object({
  name: z.string(),
  slug: z.string(),
  url: z.string(),
});

export const postSchema = z.object({
  /** The page's URL path: the frontmatter `path`, NFC, with a trailing slash. */
  url: z.string(),
  /** Old URL paths (frontmatter `aliases`), NFC with a trailing slash: each redirects to `url`. */
  aliases: z.array(z.string()),
  /** The frontmatter `type`: a post is listed; a page (About) is not. */
  kind: z.enum(["post", "page"]),
  /** As written: `2019-04-17`, or a date-time with its offset. */
  date: z.string(),
  /** The instant `date` means in the site's time zone, ISO 8601 UTC: sorts posts; a feed
   *  leaves out those after the build's moment (GraphQL's Date, so it can compare them). */
  timestamp: z.iso.datetime(),
  updated: z.string().nullable(),
  category: termSchema.nullable(),
  tags: z.array(termSchema),
  series: termSchema.nullable(),
  description: z.string().nullable(),
  /** About 160 characters of the body's text, cut between words; "" for an empty body. */
  excerpt: z.string(),
  /** Minutes to read the body, code excluded (src/content/readingTime.ts has the rates). */
  readingMinutes: z.number().int(),
  /** `title`, `draft` and any field src/content/frontmatter.ts stores as written. */
  ...storedAsWritten,
});

/**
 * The fields gatsby/onCreateNode.ts stores on every markdown node: the post, or the problems
 * that stop it (kept, so createPages can report every bad file of a run at once).
 */
export const markdownFieldsSchema = z.object({
  /** The markdown file, relative to the site root. */
  sourceFile: z.string(),
  post: postSchema.nullable(),
  problems: z.array(problemSchema),
});

export type Term = z.infer<typeof termSchema>;
export type PostFields = z.infer<typeof postSchema>;

export type TermKind = "category" | "tag" | "series";

/** A post's category or series (as a list of at most one) or its tags. */
export function postTerms(post: PostFields, kind: TermKind): Term[] {
  if (kind === "tag") return post.tags;
  const term = kind === "category" ? post.category : post.series;
  return term ? [term] : [];
}

/** The frontmatter field a kind of term is written in. */
export const termField = (kind: TermKind): string =>
  kind === "tag" ? "tags" : kind;
