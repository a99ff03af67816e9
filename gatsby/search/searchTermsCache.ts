import { createHash } from "node:crypto";
import {
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import type { TermsStore } from "../../src/search/buildIndex";
import type { IndexedPost } from "../../src/search/engine";
import type { AnalysedFields } from "../../src/search/indexJson";

/**
 * Each post's analysed search fields (its terms and their counts, field by field), kept from one
 * build to the next so that a build tokenizes only new and edited posts: tokenizing is most of
 * what the index costs, and every build used to redo it for every post.
 *
 * An entry is named by a digest of the post's indexed text, under a namespace that is a digest of
 * the index worker's own code (gatsby/search/searchIndex.ts): a change to the tokenizer or the fields
 * starts an empty namespace, and the old ones are removed. A post's place in the newest-first
 * order (`n`) is left out of the digest, or one new post would miss every entry.
 */

/** Outside .cache/, so `gatsby clean` keeps it; SEARCH_INDEX_CACHE moves it (tests). */
export const searchTermsDir = (directory: string): string =>
  process.env.SEARCH_INDEX_CACHE ??
  path.join(directory, "node_modules", ".cache", "search-terms");

export interface TermsCache extends TermsStore {
  /** Posts whose terms came from the cache, and posts tokenized this time. */
  readonly hits: number;
  readonly misses: number;
  /** Removes what this build did not use (old posts, old namespaces); returns how many. */
  prune(): number;
}

const keyOf = (post: IndexedPost): string => {
  const { n: _place, ...text } = post;
  return createHash("sha256").update(JSON.stringify(text)).digest("hex");
};

export function openTermsCache(root: string, namespace: string): TermsCache {
  const dir = path.join(root, namespace);
  mkdirSync(dir, { recursive: true });
  const used = new Set<string>();
  let hits = 0;
  let misses = 0;
  return {
    get hits() {
      return hits;
    },
    get misses() {
      return misses;
    },
    get(post) {
      const key = keyOf(post);
      used.add(key);
      try {
        const analysed = JSON.parse(
          readFileSync(path.join(dir, key), "utf8"),
        ) as AnalysedFields;
        hits += 1;
        return analysed;
      } catch {
        // Missing (a new or edited post) or unreadable (a build stopped mid-write): tokenize.
        misses += 1;
        return undefined;
      }
    },
    set(post, analysed) {
      const key = keyOf(post);
      // Written whole under a temporary name, then renamed: a stopped build leaves no half entry.
      const temp = path.join(dir, `.${key}.${process.pid}`);
      writeFileSync(temp, JSON.stringify(analysed));
      renameSync(temp, path.join(dir, key));
    },
    prune() {
      let removed = 0;
      for (const entry of readdirSync(root, { withFileTypes: true })) {
        if (entry.name === namespace) continue;
        rmSync(path.join(root, entry.name), { recursive: true, force: true });
        removed += 1;
      }
      for (const name of readdirSync(dir)) {
        if (used.has(name)) continue;
        rmSync(path.join(dir, name), { force: true });
        removed += 1;
      }
      return removed;
    },
  };
}
