import { generateCorpus } from "../../scripts/bench/generateCorpus";
import { toIndexedPost } from "../../src/search/document";
import { bigrams, initialsOf, stems } from "../../src/search/hangul";
import {
  indexTokens,
  initialsTokens,
  parseQuery,
  words,
} from "../../src/search/tokenize";
import { readMarkdownDirs, searchFixtureDirs } from "../helpers/searchIndex";

describe("stems: a noun without its particles", () => {
  test.each([
    ["서버리스는", ["서버리스"]],
    ["클라우드를", ["클라우드"]],
    ["데이터에서", ["데이터"]],
    ["데이터에서는", ["데이터"]],
    ["서버에서도", ["서버"]],
    ["책을", ["책"]],
    ["서버리스", []],
    ["는", []],
  ])("%s → %j", (word, expected) => {
    expect(stems(word)).toEqual(expected);
  });
});

describe("words", () => {
  test.each([
    ["React로 만든 블로그", ["react", "만든", "블로그"]],
    ["S3에서 Lambda가", ["s3", "lambda"]],
    ["TypeScript5.9와", ["typescript5", "9"]],
    ["「클린 코드」를", ["클린", "코드", "를"]],
    ["Node.js, GraphQL!", ["node", "js", "graphql"]],
  ])("%s → %j", (text, expected) => {
    expect(words(text).map((w) => w.text)).toEqual(expected);
  });
});

describe("indexTokens", () => {
  test.each([
    ["타입스크립트", ["타입", "입스", "스크", "크립", "립트"]],
    ["서버리스는", ["서버", "버리", "리스", "스는"]],
    ["책을 읽다", ["책을", "책", "읽다"]],
    ["팀", ["팀"]],
    ["AWS Lambda로", ["aws", "lambda"]],
    // the same syllables typed on macOS (NFD) and elsewhere (NFC)
    ["서버".normalize("NFD"), ["서버"]],
    ["서버ㄹ", ["서버"]],
  ])("%s → %j", (text, expected) => {
    expect(indexTokens(text)).toEqual(expected);
  });
});

describe("초성", () => {
  test.each([
    ["서버리스", "ㅅㅂㄹㅅ"],
    ["까치", "ㄲㅊ"],
    ["React 훅", "ㅎ"],
  ])("initialsOf(%s) = %s", (word, expected) => {
    expect(initialsOf(word)).toBe(expected);
  });

  test("a title gives each word's initials, with and without its particle", () => {
    expect(initialsTokens("Lambda로 만드는 서버리스는")).toEqual([
      "ㅁㄷㄴ",
      // a verb's ending looks like a particle: one extra token, harmless
      "ㅁㄷ",
      "ㅅㅂㄹㅅㄴ",
      "ㅅㅂㄹㅅ",
    ]);
  });
});

describe("parseQuery", () => {
  test.each([
    // the stem finds every form, and the as-typed junction (스는) would only cost a download
    ["서버리스는", "서버리스", [["서버", "버리", "리스"]]],
    ["데이터에서는", "데이터", [["데이", "이터"]]],
    // a one-syllable stem may be a wrong guess (사이다 is not 사 + 이다): every form is tried
    ["사이다", "사", [["사이", "이다"], ["사"]]],
    ["책을", "책", [["책을"], ["책"]]],
    ["서버", "서버", [["서버"]]],
  ])("%s is looked for as %s", (query, stem, alternatives) => {
    expect(parseQuery(query)).toEqual([
      { kind: "hangul", text: query, stem, alternatives },
    ]);
  });

  test.each([
    ["ㅅㅂㄹㅅ", [{ kind: "initials", text: "ㅅㅂㄹㅅ" }]],
    ["TypeScript", [{ kind: "latin", text: "typescript" }]],
    ["ㅅ", []],
    ["  ", []],
  ])("%s", (query, expected) => {
    expect(parseQuery(query)).toEqual(expected);
  });

  test("a half-composed last syllable is left out", () => {
    expect(parseQuery("서버ㄹ").map((w) => w.text)).toEqual(["서버"]);
  });

  test("an NFD query reads as NFC", () => {
    expect(parseQuery("서버리스".normalize("NFD"))).toEqual(
      parseQuery("서버리스"),
    );
  });
});

/** indexTokens as it was written first, from `words`: the fast version must equal it. */
const wordByWord = (text: string): string[] =>
  words(text).flatMap(({ text: word, script }) => {
    if (script === "hangul")
      return [
        ...bigrams(word),
        ...stems(word).filter((stem) => stem.length === 1),
      ];
    return script === "other" ? [word] : [];
  });

/** A deterministic string of characters the tokenizer treats differently. */
function mixed(seed: number, length: number): string {
  const pieces = [
    "서버",
    "는",
    "에서",
    "을",
    "책",
    "ㅅ",
    "ㅂㄹ",
    "ㅏ",
    "React",
    "s3",
    "Lambda",
    "9",
    " ",
    ".",
    "-",
    "\n",
    "「",
    "」",
    "𝐀",
    "𠀀",
    "é",
    "e\u0301",
    "\u1100\u1161",
    "데이터에서는",
    "으로부터",
    "ABC",
    "가",
  ];
  let state = seed;
  let out = "";
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    out += pieces[state % pieces.length];
  }
  return out;
}

describe("indexTokens cuts text as words() does", () => {
  const fieldsOf = (post: ReturnType<typeof toIndexedPost>) => [
    post.title,
    post.description,
    post.category,
    ...post.tags,
    ...[post.headings].flat(),
    post.body,
  ];

  test("in the fixture posts and the real Korean documents", () => {
    const texts = readMarkdownDirs(searchFixtureDirs).flatMap(
      ({ post, markdown }, n) => fieldsOf(toIndexedPost(post, markdown, n)),
    );
    expect(texts.length).toBeGreaterThan(100);
    for (const text of texts)
      expect(indexTokens(text)).toEqual(wordByWord(text));
  });

  test("in generated posts", () => {
    const texts = generateCorpus(30).flatMap(({ content }) =>
      typeof content === "string" ? [content] : [],
    );
    for (const text of texts)
      expect(indexTokens(text)).toEqual(wordByWord(text));
  });

  test("in 2,000 strings mixing scripts, particles, jamo and astral letters", () => {
    for (let seed = 1; seed <= 2000; seed++) {
      const text = mixed(seed, 1 + (seed % 40));
      expect(indexTokens(text)).toEqual(wordByWord(text));
    }
  });
});
