import { excerpt, summaryOf } from "../../src/content/excerpt";
import { markdownToText } from "../../src/content/markdownText";

// From the owner's post content/posts/2019-04-17-AWS-Summit-Seoul-메모.md
const AWS_SUMMIT = `(AWS Summit 후기 메모)

#### 청강한 강연 목록

-   신입 개발자가 스타트업에서 AWS로 살아남는 이야기 - 사람 다 차서 못들음
-   기조연설
`;
const awsText = markdownToText(AWS_SUMMIT);
const LONG_URL = `https://example.com/${"a".repeat(300)}`;
const codePoints = (text: string): number => Array.from(text).length;

describe("excerpt", () => {
  test.each([
    ["empty text", "", 160, ""],
    ["only whitespace", " \n\t ", 160, ""],
    ["only punctuation", "…!? — ·· ---", 160, ""],
    [
      "short Korean text is whole, without …",
      "짧은 글입니다.",
      160,
      "짧은 글입니다.",
    ],
    ["exactly maxLength is whole", "가나다", 3, "가나다"],
    ["whitespace collapses", "첫 줄\n\n둘째   줄\t끝", 160, "첫 줄 둘째 줄 끝"],
    [
      "cut at the last eojeol that fits",
      "가나다 라마바 사아자",
      9,
      "가나다 라마바…",
    ],
    ["cut right at a space", "가나다 라마바 사아자", 7, "가나다 라마바…"],
    ["English cut at a word", "The quick brown fox jumps", 12, "The quick…"],
    [
      "mixed Korean and English",
      "React에서는 state를 쓴다",
      15,
      "React에서는 state를…",
    ],
    ["a trailing comma goes before …", "서울, 부산, 대구", 8, "서울, 부산…"],
    [
      "a trailing middle dot goes",
      "AWS Summit · 서울 - 2019",
      13,
      "AWS Summit…",
    ],
    [
      "a trailing dash goes",
      "AWS Summit · 서울 - 2019",
      17,
      "AWS Summit · 서울…",
    ],
    ["a trailing colon goes", "정리: 오늘의 메모", 5, "정리…"],
    ["a trailing period goes", "끝났다. 그리고 다시", 6, "끝났다…"],
    [
      "a closing bracket stays",
      "(AWS Summit 후기 메모) 청강한 강연",
      20,
      "(AWS Summit 후기 메모)…",
    ],
    ["a question mark stays", "왜일까? 생각해 보자", 6, "왜일까?…"],
    [
      "an unbroken Hangul run is cut mid-word",
      "가".repeat(200),
      160,
      `${"가".repeat(160)}…`,
    ],
    ["a long URL is cut mid-word", LONG_URL, 160, `${LONG_URL.slice(0, 160)}…`],
    [
      "a long URL after a word is dropped whole",
      `링크: ${LONG_URL}`,
      160,
      "링크…",
    ],
    [
      "lengths count code points, not UTF-16 units",
      "가😀".repeat(10),
      5,
      "가😀가😀가…",
    ],
    [
      "leading punctuation longer than the limit is skipped",
      "————— 안녕하세요 반갑습니다",
      3,
      "안녕하…",
    ],
    [
      "NFD input comes out NFC",
      "한글 블로그 만들기".normalize("NFD"),
      6,
      "한글 블로그…",
    ],
    ["the owner's post, whole", awsText, 160, awsText.replace(/\n/gu, " ")],
    [
      "the owner's post, cut after a dash",
      awsText,
      59,
      "(AWS Summit 후기 메모) 청강한 강연 목록 신입 개발자가 스타트업에서 AWS로 살아남는 이야기…",
    ],
  ])("%s", (_, text, maxLength, expected) => {
    expect(excerpt(text, maxLength)).toBe(expected);
  });

  test.each([
    ["all Hangul", "가나다라 ".repeat(100)],
    ["all English", "word ".repeat(100)],
    ["mixed", "React에서는 state를 ".repeat(30)],
    ["a long URL", LONG_URL],
    ["a long Hangul run", "가".repeat(1000)],
  ])("%s: at most 160 code points plus …, never just …", (_, text) => {
    const cut = excerpt(text);
    expect(codePoints(cut)).toBeLessThanOrEqual(161);
    expect(cut.endsWith("…")).toBe(true);
    expect(cut).toMatch(/[\p{L}\p{N}]/u);
  });

  test("code never shows in an excerpt", () => {
    const markdown =
      "```ts\nconst secret = 1;\n```\n\n<Intro>\n\n`useState`로 시작하는 글입니다.\n\n</Intro>\n\n```js\nexport default function App() {}\n```\n";
    expect(excerpt(markdownToText(markdown))).toBe(
      "useState로 시작하는 글입니다.",
    );
  });

  test("a long post is flattened only as far as the excerpt needs", () => {
    const post = `${"첫 단락의 문장입니다. ".repeat(20)}\n\n${"본문 ".repeat(100_000)}`;
    expect(excerpt(post)).toBe(excerpt(post.slice(0, 2000)));
  });

  test("a long run of whitespace before the text does not lose it", () => {
    expect(excerpt(`${" ".repeat(5000)}${"가나다 ".repeat(100)}`, 7)).toBe(
      "가나다 가나다…",
    );
  });
});

describe("summaryOf", () => {
  test.each([
    ["the author's description wins", "직접 쓴 요약", "본문", "직접 쓴 요약"],
    ["it is trimmed", "  직접 쓴 요약 \n", "본문", "직접 쓴 요약"],
    ["it comes out NFC", "한글 요약".normalize("NFD"), "본문", "한글 요약"],
    ["no description: an excerpt", null, "본문  첫 줄", "본문 첫 줄"],
    ["undefined description: an excerpt", undefined, "본문", "본문"],
    ["an empty description: an excerpt", "", "본문", "본문"],
    ["a blank description: an excerpt", "   ", "본문", "본문"],
  ])("%s", (_, description, text, expected) => {
    expect(summaryOf(description, text)).toBe(expected);
  });
});
