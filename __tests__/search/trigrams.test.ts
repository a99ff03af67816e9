import { bigrams } from "../../src/search/hangul";
import type { IndexEntry } from "../../src/search/indexJson";
import { shardOf, SHARD_COUNT } from "../../src/search/shards";
import {
  takeTrigrams,
  TRIGRAM_FIELD,
  trigramsOf,
  trigramTokens,
} from "../../src/search/trigrams";

describe("trigramTokens: the trigrams of the form a query looks for", () => {
  test.each([
    ["부산역", ["부산역"]],
    // a particle's trigrams are never asked for: the query strips it too
    ["부산역에서", ["부산역"]],
    ["타입스크립트를", ["타입스", "입스크", "스크립", "크립트"]],
    // a one-syllable stem may be a wrong guess: the word as written
    ["사이다", ["사이다"]],
    ["서버를 옮겼다", ["옮겼다"]],
    ["React로 만든 부산역 지도", ["부산역"]],
    // each once
    ["부산역 부산역에서 부산역", ["부산역"]],
    ["부산역".normalize("NFD"), ["부산역"]],
  ])("%s → %j", (text, expected) => {
    expect(trigramTokens(text)).toEqual(expected);
  });
});

describe("trigramsOf: a word's bigrams, pair by pair", () => {
  test.each([
    ["부산역", ["부산역"]],
    ["서버리스", ["서버리", "버리스"]],
    ["서버", []],
    ["팀", []],
  ])("%s → %j", (word, expected) => {
    expect(trigramsOf(bigrams(word))).toEqual(expected);
  });
});

test("a trigram is in its first bigram's shard, which a query for the word fetches", () => {
  for (const trigram of ["부산역", "스크립", "버리스", "역광장"])
    expect(shardOf(trigram, SHARD_COUNT)).toBe(
      shardOf(trigram.slice(0, 2), SHARD_COUNT),
    );
});

test("takeTrigrams gives the trigram field's posts by id, and MiniSearch the rest", () => {
  const documents = {
    fieldIds: { title: 0, body: 1, [TRIGRAM_FIELD]: 2 },
    documentIds: { 0: "/a/", 1: "/b/" },
  };
  const entries: IndexEntry[] = [
    ["부산", { 0: { 0: 1 }, 1: { 1: 3 } }],
    ["부산역", { 2: { 0: 1 } }],
    ["산역", { 1: { 0: 1, 1: 1 } }],
  ];
  const { entries: rest, trigrams } = takeTrigrams(entries, documents);
  expect(rest).toEqual([entries[0], entries[2]]);
  expect([...(trigrams.get("부산역") ?? [])]).toEqual(["/a/"]);
  expect(trigrams.has("부산")).toBe(false);
});
