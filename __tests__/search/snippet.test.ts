import { highlight, highlightPattern, snippet } from "../../src/search/snippet";
import { parseQuery } from "../../src/search/tokenize";

const marked = (segments: { text: string; mark: boolean }[]) =>
  segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join("");

describe("highlight", () => {
  test.each([
    [
      "서버리스는",
      "서버리스를 쓰면 서버리스가 편하다",
      "[서버리스]를 쓰면 [서버리스]가 편하다",
    ],
    ["lambda", "AWS Lambda로", "AWS [Lambda]로"],
    ["스크립트", "타입스크립트", "타입[스크립트]"],
  ])("%s in %s", (query, text, expected) => {
    expect(marked(highlight(text, highlightPattern(parseQuery(query))))).toBe(
      expected,
    );
  });

  test("prefix and typo matches mark the word the index matched", () => {
    const pattern = highlightPattern(parseQuery("typ"), ["typescript"]);
    expect(marked(highlight("TypeScript 5.9", pattern))).toBe(
      "[TypeScript] 5.9",
    );
  });

  test("an NFD text is marked as NFC", () => {
    const pattern = highlightPattern(parseQuery("망원경"));
    expect(marked(highlight("우주 망원경".normalize("NFD"), pattern))).toBe(
      "우주 [망원경]",
    );
  });
});

describe("snippet", () => {
  const long = `${"앞 문장입니다. ".repeat(20)}여기에 서버리스가 나온다. ${"뒤 문장입니다. ".repeat(30)}`;

  test("shows the text around the first match, cut at spaces, with ellipses", () => {
    const text = marked(
      snippet(["", long], highlightPattern(parseQuery("서버리스"))),
    );
    expect(text).toMatch(
      /^…\S*\s?문장입니다\. .*\[서버리스\]가 나온다\. 뒤 .*…$/u,
    );
    expect(text.length).toBeLessThan(180);
  });

  test("falls back to the first text that is not empty", () => {
    expect(
      marked(
        snippet(["", "짧은 본문"], highlightPattern(parseQuery("없는말"))),
      ),
    ).toBe("짧은 본문");
  });
});
