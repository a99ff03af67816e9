import MiniSearch, { type Options, type Query } from "minisearch";
import { indexTokens, initialsTokens, type QueryWord } from "./tokenize";
import { TRIGRAM_FIELD, trigramTokens, type TrigramPostings } from "./trigrams";
import { wholeWordsFirst } from "./wholeWord";

/** A published post as the index sees it. */
export interface IndexedPost {
  /** The post's URL, which is also what a result links to. */
  id: string;
  /** Position in the build's list; names the file with the post's text for snippets. */
  n: number;
  title: string;
  date: string;
  category: string;
  description: string;
  tags: string[];
  headings: string[];
  body: string;
}

/** What the reader's text file per post holds: enough to cut a snippet. */
export interface PostText {
  description: string;
  body: string;
}

/**
 * `initials` is the title again, tokenized to 초성 (see initialsTokens); `trigrams` is every
 * text field again, tokenized to trigrams, only to tell whole words (see trigrams.ts).
 */
const TEXT_FIELDS = [
  "title",
  "tags",
  "category",
  "headings",
  "description",
  "body",
];
const FIELDS = [...TEXT_FIELDS, "initials", TRIGRAM_FIELD];

/** A word in the title outweighs many in the body; BM25 already damps repetition. */
const BOOST: Record<string, number> = {
  title: 6,
  initials: 6,
  tags: 3,
  category: 2,
  headings: 2,
  description: 1.5,
  body: 1,
};

/**
 * A ~0.003 % lift per year, so equal scores put the newer post first and nothing else moves.
 * Any date form Date.parse reads will do; an unreadable one counts as oldest.
 */
const recency = (date: unknown): number =>
  1 + (typeof date === "string" ? Date.parse(date) || 0 : 0) / 1e16;

function fieldText(post: IndexedPost, field: string): string {
  const value = post[field as keyof IndexedPost];
  return Array.isArray(value) ? value.join("\n") : String(value);
}

export const searchOptions: Options<IndexedPost> = {
  idField: "id",
  fields: FIELDS,
  storeFields: ["title", "date", "category", "n"],
  extractField: (post, field) => {
    if (field === "initials") return post.title;
    if (field === TRIGRAM_FIELD)
      return TEXT_FIELDS.map((name) => fieldText(post, name)).join("\n");
    return fieldText(post, field);
  },
  tokenize: (text, field) =>
    field === "initials"
      ? initialsTokens(text)
      : field === TRIGRAM_FIELD
        ? trigramTokens(text)
        : indexTokens(text),
  processTerm: (term) => term,
  searchOptions: {
    // Queries arrive as terms already (see toMiniSearchQuery).
    tokenize: (term) => [term],
    processTerm: (term) => term,
    boost: BOOST,
    boostDocument: (_id, _term, stored) => recency(stored?.date),
  },
};

/** A result as the page shows it. */
export interface SearchHit {
  url: string;
  n: number;
  title: string;
  date: string;
  category: string;
  score: number;
  /** Index terms that matched, for highlighting prefix and typo matches. */
  terms: string[];
}

/** Latin words of five letters or more forgive one typo; shorter ones would match too much. */
const FUZZY_FROM = 5;

function wordQuery(word: QueryWord): Query {
  if (word.kind === "initials")
    return { queries: [word.text], fields: ["initials"], prefix: true };
  if (word.kind === "latin")
    return {
      queries: [word.text],
      fields: TEXT_FIELDS,
      prefix: true,
      fuzzy: word.text.length >= FUZZY_FROM ? 1 : false,
    };
  return {
    combineWith: "OR",
    fields: TEXT_FIELDS,
    queries: word.alternatives.map((terms) => ({
      combineWith: "AND",
      queries: terms,
    })),
  };
}

export function toMiniSearchQuery(
  words: QueryWord[],
  combineWith: "AND" | "OR",
): Query {
  return { combineWith, queries: words.map(wordQuery) };
}

const text = (value: unknown): string =>
  typeof value === "string" ? value : "";

/**
 * Posts with every word first; when none has them all, posts with any. Among them, posts with
 * the words whole before posts with only their syllable pairs (see wholeWordsFirst).
 */
export function runQuery(
  index: MiniSearch<IndexedPost>,
  words: QueryWord[],
  trigrams: TrigramPostings,
): SearchHit[] {
  if (words.length === 0) return [];
  let results = index.search(toMiniSearchQuery(words, "AND"));
  if (results.length === 0 && words.length > 1)
    results = index.search(toMiniSearchQuery(words, "OR"));
  return wholeWordsFirst(words, results, trigrams).map((result) => ({
    url: String(result.id),
    // Stored fields pass through extractField, which gives strings.
    n: Number(result.n),
    title: text(result.title),
    date: text(result.date),
    category: text(result.category),
    score: result.score,
    terms: result.terms,
  }));
}
