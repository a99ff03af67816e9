import MiniSearch from "minisearch";
import type { SearchMeta, ShardEntries } from "./buildIndex";
import {
  runQuery,
  searchOptions,
  type PostText,
  type SearchHit,
} from "./engine";
import { searchIndexPaths, shardOf } from "./shards";
import { parseQuery, queryTerms, type QueryWord } from "./tokenize";
import { takeTrigrams, type TrigramPostings } from "./trigrams";

/** Reads a JSON file of the index by its URL path. */
export type FetchJson = (path: string) => Promise<unknown>;

export interface SearchResponse {
  query: string;
  words: QueryWord[];
  hits: SearchHit[];
}

export interface SearchClient {
  /** Fetches the meta file ahead of the first query (when the reader focuses a search box). */
  preload(): Promise<void>;
  search(query: string): Promise<SearchResponse>;
  /** The text of a post, for its snippet. */
  text(hit: SearchHit): Promise<PostText>;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

// The files come from this site's own build; these guards catch a stale or foreign file.
function isMeta(value: unknown): value is SearchMeta {
  return (
    isObject(value) &&
    typeof value.version === "string" &&
    typeof value.shardCount === "number" &&
    Array.isArray(value.texts) &&
    isObject(value.index)
  );
}
const isShard = (value: unknown): value is ShardEntries => Array.isArray(value);
const isText = (value: unknown): value is PostText =>
  isObject(value) &&
  typeof value.body === "string" &&
  typeof value.description === "string";

async function checked<T>(
  file: Promise<unknown>,
  guard: (value: unknown) => value is T,
  path: string,
): Promise<T> {
  const value = await file;
  if (!guard(value)) throw new Error(`Unexpected search index file ${path}`);
  return value;
}

/**
 * Loads the index piece by piece: the meta file once, then only the shards a query's terms
 * fall in. The MiniSearch instance is rebuilt from the loaded shards when a new one arrives.
 */
export function createSearchClient(fetchJson: FetchJson): SearchClient {
  let meta: Promise<SearchMeta> | null = null;
  const shards = new Map<number, Promise<ShardEntries>>();
  const texts = new Map<number, Promise<PostText>>();
  interface Engine {
    shardCount: number;
    index: MiniSearch;
    trigrams: TrigramPostings;
  }
  let engine: Engine | null = null;

  const loadMeta = () => {
    const path = searchIndexPaths.meta;
    meta ??= checked(fetchJson(path), isMeta, path);
    // A failed fetch may succeed on the next try.
    meta.catch(() => (meta = null));
    return meta;
  };
  const loadShard = (version: string, shard: number) => {
    const path = searchIndexPaths.shard(version, shard);
    const loading =
      shards.get(shard) ?? checked(fetchJson(path), isShard, path);
    shards.set(shard, loading);
    loading.catch(() => shards.delete(shard));
    return loading;
  };

  async function engineFor(words: QueryWord[]): Promise<Engine> {
    const { version, shardCount, index } = await loadMeta();
    const needed = new Set(
      queryTerms(words).map((t) => shardOf(t, shardCount)),
    );
    await Promise.all([...needed].map((shard) => loadShard(version, shard)));
    if (engine?.shardCount !== shards.size) {
      const loaded = await Promise.all(shards.values());
      const { entries, trigrams } = takeTrigrams(loaded.flat(), index);
      engine = {
        shardCount: loaded.length,
        index: MiniSearch.loadJS({ ...index, index: entries }, searchOptions),
        trigrams,
      };
    }
    return engine;
  }

  return {
    preload: async () => {
      await loadMeta();
    },
    search: async (query) => {
      const words = parseQuery(query);
      if (words.length === 0) return { query, words, hits: [] };
      const { index, trigrams } = await engineFor(words);
      return { query, words, hits: runQuery(index, words, trigrams) };
    },
    text: async (hit) => {
      const { texts: names } = await loadMeta();
      const name = names[hit.n];
      if (typeof name !== "string")
        throw new Error(`No search text for post ${hit.n} in meta.json`);
      const path = searchIndexPaths.text(name);
      const loading =
        texts.get(hit.n) ?? checked(fetchJson(path), isText, path);
      texts.set(hit.n, loading);
      loading.catch(() => texts.delete(hit.n));
      return loading;
    },
  };
}

/** The browser's fetch; the meta file is revalidated so a new build is seen at once. */
export const fetchJsonOverHttp =
  (prefix: (path: string) => string): FetchJson =>
  async (path) => {
    const response = await fetch(prefix(path), {
      cache: path === searchIndexPaths.meta ? "no-cache" : "default",
    });
    if (!response.ok) throw new Error(`${response.status} for ${path}`);
    return response.json();
  };
