import { markdownToText } from "../../src/content/markdownText";
import { readingMinutes } from "../../src/content/readingTime";

/** `count` Hangul syllables in five-syllable eojeol, with spaces and periods that don't count. */
const hangul = (count: number): string =>
  Array.from({ length: count / 5 }, (_, i) =>
    i % 10 === 9 ? "가나다라마." : "가나다라마",
  ).join(" ");
const english = (words: number): string =>
  Array.from({ length: words }, () => "word").join(" ");

describe("readingMinutes", () => {
  test.each([
    ["empty text", "", 0],
    ["only whitespace", " \n\t ", 0],
    ["only punctuation", "…!? — ·· ---", 0],
    ["one Hangul syllable", "글", 1],
    ["one English word", "Hello", 1],
    ["500 Hangul characters", hangul(500), 1],
    ["505 Hangul characters", hangul(505), 2],
    ["a 5,000-character Hangul post", hangul(5000), 10],
    ["5,005 Hangul characters", hangul(5005), 11],
    ["230 English words", english(230), 1],
    ["231 English words", english(231), 2],
    ["2,300 English words", english(2300), 10],
    [
      "mixed: 2,500 Hangul characters and 1,150 English words",
      `${hangul(2500)} ${english(1150)}`,
      10,
    ],
    // Each "AWS로" is a word and a character: 230 words (1 min) + 230 characters (0.46 min).
    [
      "an English word with a Korean particle",
      Array(230).fill("AWS로").join(" "),
      2,
    ],
    ["contractions are one word", Array(230).fill("don't").join(" "), 1],
    ["digits are words", `${english(230)} 2019`, 2],
    ["Chinese and Japanese count by character", "漢字かなカナ".repeat(100), 2],
    [
      "a long unbroken URL is a handful of words",
      `https://example.com/${"a".repeat(5000)}`,
      1,
    ],
    [
      "NFD Hangul counts as composed syllables",
      hangul(5000).normalize("NFD"),
      10,
    ],
  ])("%s", (_, text, minutes) => {
    expect(readingMinutes(text)).toBe(minutes);
  });

  test.each([
    [
      "code blocks do not count",
      `# 코드 많은 글\n\n짧은 설명입니다.\n\n\`\`\`ts\n${"const value = compute(input);\n".repeat(2000)}\`\`\`\n`,
      1,
    ],
    [
      "a 5,000-character Hangul post with a heading, a link and code",
      `## 제목 없음\n\n${hangul(4990)} [링크를](https://example.com) 보세요\n\n\`\`\`js\n${english(3000)}\n\`\`\`\n`,
      10,
    ],
    ["an image-only post", "![사진](./a.jpg)\n\n![사진 2](./b.jpg)", 0],
  ])("from markdown: %s", (_, markdown, minutes) => {
    expect(readingMinutes(markdownToText(markdown))).toBe(minutes);
  });
});
