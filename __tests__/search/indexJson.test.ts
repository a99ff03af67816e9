import MiniSearch, { type Options } from "minisearch";
import { generateCorpus } from "../../scripts/bench/generateCorpus";
import { toIndexedPost } from "../../src/search/document";
import { searchOptions, type IndexedPost } from "../../src/search/engine";
import { IndexBuilder, type IndexJson } from "../../src/search/indexJson";
import { readPost } from "../../src/content/readPost";
import { readMarkdownDirs, searchFixtureDirs } from "../helpers/searchIndex";

/** The whole index, built the way buildSearchIndex builds it, one document at a time. */
function indexJson<T>(documents: readonly T[], options: Options<T>): IndexJson {
  const builder = new IndexBuilder(options);
  for (const doc of documents) builder.add(doc);
  const index = [...builder.terms()].map((term) => builder.entry(term));
  return { ...builder.documents(), index };
}

/** MiniSearch's own serialization, the reference indexJson must equal. */
const reference = <T>(docs: readonly T[], options: Options<T>): IndexJson => {
  const engine = new MiniSearch<T>(options);
  engine.addAll(docs);
  return engine.toJSON();
};

/** The format leaves term order open; compare the terms as a sorted list. */
const byTerm = (json: IndexJson) => ({
  ...json,
  index: [...json.index].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
});

const fixturePosts: IndexedPost[] = readMarkdownDirs(searchFixtureDirs).map(
  ({ post, markdown }, n) => toIndexedPost(post, markdown, n),
);

const generatedPosts: IndexedPost[] = generateCorpus(40).flatMap(
  ({ file, content }, n) => {
    if (typeof content !== "string" || !file.endsWith(".md")) return [];
    const result = readPost(content, file, "Asia/Seoul");
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const body = content.replace(/^---\n[\s\S]*?\n---\n/u, "");
    return [toIndexedPost(result.post, body, n)];
  },
);

describe("indexJson", () => {
  test.each([
    ["the fixture posts and real Korean documents", fixturePosts],
    ["generated posts (Korean, code, tables, tags)", generatedPosts],
  ])(
    "equals MiniSearch's serialized index of %s, number for number",
    (_, posts) => {
      expect(posts.length).toBeGreaterThan(10);
      expect(byTerm(indexJson(posts, searchOptions))).toEqual(
        byTerm(reference(posts, searchOptions)),
      );
    },
  );

  test("a reader's MiniSearch loads it and ranks as one built by MiniSearch", () => {
    const ours = MiniSearch.loadJS(
      indexJson(fixturePosts, searchOptions),
      searchOptions,
    );
    const theirs = MiniSearch.loadJS(
      reference(fixturePosts, searchOptions),
      searchOptions,
    );
    // A prefix matches several terms of a post (서버 → 서버리, 서버를), listed in the order of
    // the terms in the file, which the format leaves open: compare them sorted.
    const search = (engine: MiniSearch, term: string) =>
      engine
        .search(term, { prefix: true })
        .map((hit) => ({ ...hit, terms: [...hit.terms].sort() }));
    for (const term of ["서버", "리스", "kubernetes", "ㅅㅂㄹㅅ"]) {
      const hits = search(ours, term);
      expect(hits.length).toBeGreaterThan(0);
      expect(hits).toEqual(search(theirs, term));
    }
  });

  test("with MiniSearch's default options too: lower-cased words, stored fields", () => {
    const docs = [
      { id: 1, title: "Hello World", text: "hello hello there", year: 2024 },
      { id: 2, title: "Other", text: "World peace", year: undefined },
    ];
    const options = { fields: ["title", "text"], storeFields: ["year"] };
    expect(byTerm(indexJson(docs, options))).toEqual(
      byTerm(reference(docs, options)),
    );
  });

  test("refuses a document without an id, or two with one id, as MiniSearch does", () => {
    const options = { fields: ["text"] };
    expect(() => indexJson([{ text: "x" }], options)).toThrow(/no "id"/u);
    expect(() =>
      indexJson(
        [
          { id: 1, text: "a" },
          { id: 1, text: "b" },
        ],
        options,
      ),
    ).toThrow(/duplicate id 1/u);
  });
});
