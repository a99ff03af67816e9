import { readFileSync } from "node:fs";
import { join } from "node:path";
import { markdownToText } from "../../src/content/markdownText";

describe("markdownToText: links, images and inline markup", () => {
  test.each([
    [
      "images vanish",
      '![사진 설명](./photo.png)\n\n사진 아래 글 ![인라인](a.png "제목")',
      "사진 아래 글",
    ],
    [
      "a linked image vanishes",
      "[![배지](badge.svg)](https://ci.example.com)\n글",
      "글",
    ],
    [
      "a link keeps its text",
      "[React 문서](https://react.dev)를 보세요",
      "React 문서를 보세요",
    ],
    [
      "a link with parentheses and a title",
      '[위키](https://ko.wikipedia.org/wiki/한글_(문자) "한글")',
      "위키",
    ],
    [
      "a link with code in its text",
      "[`useState`](/ref)를 쓴다",
      "useState를 쓴다",
    ],
    [
      "reference links",
      '[참고][ref]와 [공식 문서][]와 [바로가기]\n\n[ref]: https://a.com\n[공식 문서]: https://b.com\n[바로가기]: <https://c.com> "C"',
      "참고와 공식 문서와 바로가기",
    ],
    [
      "brackets that are not links stay",
      "[주의] 이 글은 초안입니다",
      "[주의] 이 글은 초안입니다",
    ],
    [
      "an autolink becomes its URL",
      "<https://example.com/a_b_c> 참고",
      "https://example.com/a_b_c 참고",
    ],
    ["an email autolink", "<me@example.com>로 연락", "me@example.com로 연락"],
    [
      "a bare URL keeps its underscores",
      "https://example.com/_x_/ 참고",
      "https://example.com/_x_/ 참고",
    ],
    [
      "footnotes",
      "본문[^1]입니다.\n\n[^1]: 각주 내용",
      "본문입니다.\n각주 내용",
    ],
  ])("links and images: %s", (_, markdown, expected) => {
    expect(markdownToText(markdown)).toBe(expected);
  });

  test.each([
    [
      "emphasis",
      "**굵게**와 *기울임*, _밑줄 강조_, ~~취소선~~, ***둘 다***",
      "굵게와 기울임, 밑줄 강조, 취소선, 둘 다",
    ],
    ["nested emphasis", "**굵게 *기울임* 굵게**", "굵게 기울임 굵게"],
    [
      "underscores inside words stay",
      "snake_case_name 변수",
      "snake_case_name 변수",
    ],
    ["a lone star stays", "5 * 3 = 15", "5 * 3 = 15"],
    ["blockquotes", "> 인용문\n> > 중첩 인용", "인용문\n중첩 인용"],
    [
      "list markers and task boxes",
      "- 하나\n* 둘\n+ 셋\n1. 넷\n2) 다섯\n- [x] 완료\n    - 중첩",
      "하나\n둘\n셋\n넷\n다섯\n완료\n중첩",
    ],
    [
      "a dash that starts a word is text",
      "-5도까지 내려갔다",
      "-5도까지 내려갔다",
    ],
    [
      "a table",
      "| 이름 | 설명 |\n| --- | :---: |\n| 서울 | 수도 |",
      "이름 설명\n서울 수도",
    ],
    [
      "a table without outer pipes",
      "이름 | 설명\n--- | ---\n서울 | 수도\n\n끝",
      "이름 설명\n서울 수도\n끝",
    ],
    [
      "an escaped pipe in a table",
      "| 기호 | 뜻 |\n|---|---|\n| \\| | 또는 |",
      "기호 뜻\n| 또는",
    ],
    [
      "thematic breaks",
      "위\n\n---\n\n***\n\n_ _ _\n\n- - -\n\n아래",
      "위\n아래",
    ],
    ["escapes", "\\*별표\\* 그대로, \\[대괄호\\]", "*별표* 그대로, [대괄호]"],
    [
      "entities",
      "&lt;div&gt; &amp; &quot;인용&quot; &#39;작은따옴표&#39;&nbsp;끝 &amp;lt;",
      "<div> & \"인용\" '작은따옴표' 끝 &lt;",
    ],
  ])("markup: %s", (_, markdown, expected) => {
    expect(markdownToText(markdown)).toBe(expected);
  });

  test("a real MDX post: prose stays, code and components go", () => {
    const file = join(
      __dirname,
      "../fixtures/corpus/learn__adding-interactivity.md",
    );
    const body = readFileSync(file, "utf8").replace(
      /^---\n[\s\S]*?\n---\n/u,
      "",
    );
    const text = markdownToText(body);
    expect(text).toMatch(/^화면의 일부 요소는 사용자의 입력에 따라/u);
    expect(text).toContain("이벤트 핸들러를 추가하는 방법을 배우려면");
    expect(text).not.toMatch(/export default|```|<Sandpack>|<\/Intro>|\]\(/u);
    expect(text).not.toMatch(/\n\n/u);
  });
});
