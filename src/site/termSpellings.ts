import {
  postTerms,
  termField,
  type Term,
  type TermKind,
} from "../content/postSchema";
import { showValue, type Problem } from "../content/problems";
import type { SourcePost } from "./types";

/**
 * Categories, tags and series written in different letter case (`AWS`, `aws`) are one term: an author
 * importing years of posts from another platform has both, and should get one listing, not a
 * failed build. (Unicode forms are already one: names are NFC when read.) The listing shows the
 * spelling most posts use; on a tie, the oldest post's. Names that only make the same URL
 * (`Dev Ops`, `dev-ops`) are different words and stay an error (src/site/collisions.ts).
 */

/** Spellings that are one term. */
export const spellingKey = (name: string): string =>
  name.normalize("NFC").toLowerCase();

interface Spelling {
  name: string;
  count: number;
  /** The oldest post's timestamp and file: breaks ties, and warnings name a file. */
  oldest: string;
  file: string;
}

/** Per term URL: each spelling key, with its spellings and their posts. */
function spellingsByUrl(
  posts: readonly SourcePost[],
  kind: TermKind,
): Map<string, Map<string, Spelling[]>> {
  const byUrl = new Map<string, Map<string, Spelling[]>>();
  for (const { post, file } of posts) {
    for (const term of postTerms(post, kind)) {
      const byKey = byUrl.get(term.url) ?? new Map<string, Spelling[]>();
      byUrl.set(term.url, byKey);
      const key = spellingKey(term.name);
      const spellings = byKey.get(key) ?? [];
      byKey.set(key, spellings);
      const found = spellings.find((s) => s.name === term.name);
      if (!found) {
        spellings.push({
          name: term.name,
          count: 1,
          oldest: post.timestamp,
          file,
        });
      } else {
        found.count += 1;
        if (post.timestamp < found.oldest) {
          found.oldest = post.timestamp;
          found.file = file;
        }
      }
    }
  }
  return byUrl;
}

/** Most posts first; then the oldest; then code-unit order, so every build picks alike. */
const byPreference = (a: Spelling, b: Spelling): number =>
  b.count - a.count ||
  (a.oldest < b.oldest ? -1 : a.oldest > b.oldest ? 1 : 0) ||
  (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export interface TermSpellings {
  /** The term in the spelling it is shown with. */
  shownAs: (term: Term) => Term;
  /** Different words that make one URL: the names of each, per URL, for collisions.ts. */
  clashes: Array<{ url: string; names: Array<{ name: string; file: string }> }>;
  /** One per spelling that is merged into another, naming a file that uses it. */
  warnings: Problem[];
}

export function termSpellings(
  posts: readonly SourcePost[],
  kind: TermKind,
): TermSpellings {
  const shown = new Map<string, string>();
  const clashes: TermSpellings["clashes"] = [];
  const warnings: Problem[] = [];
  const field = termField(kind);
  for (const [url, byKey] of spellingsByUrl(posts, kind)) {
    const groups = [...byKey.values()].map((group) => group.sort(byPreference));
    if (groups.length > 1) {
      clashes.push({
        url,
        names: groups.flat().map(({ name, file }) => ({ name, file })),
      });
      continue;
    }
    const [preferred, ...others] = groups[0] ?? [];
    if (!preferred) continue;
    shown.set(url, preferred.name);
    const total = preferred.count + others.reduce((n, s) => n + s.count, 0);
    for (const other of others) {
      warnings.push({
        file: other.file,
        field,
        value: showValue(other.name),
        expected: `one spelling per ${kind} — shown as ${showValue(preferred.name)}, as ${preferred.count} of the ${total} posts with it write it; merged into ${url}`,
      });
    }
  }
  return {
    shownAs: (term) => {
      const name = shown.get(term.url);
      return name === undefined || name === term.name
        ? term
        : { ...term, name };
    },
    clashes,
    warnings,
  };
}

/** The post with its category, tags and series in their shown spelling. */
export function withShownTerms(
  source: SourcePost,
  categories: TermSpellings,
  tags: TermSpellings,
  series: TermSpellings,
): SourcePost {
  const { category, tags: postTags, series: postSeries } = source.post;
  // `[AWS, aws]` on one post is one tag.
  const bySlug = new Map(postTags.map((tag) => [tag.slug, tags.shownAs(tag)]));
  return {
    ...source,
    post: {
      ...source.post,
      category: category && categories.shownAs(category),
      series: postSeries && series.shownAs(postSeries),
      tags: [...bySlug.values()],
    },
  };
}
