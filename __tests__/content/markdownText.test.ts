import { markdownToText } from "../../src/content/markdownText";

// From the owner's post content/posts/2019-04-17-AWS-Summit-Seoul-메모.md
const AWS_SUMMIT = `(AWS Summit 후기 메모)

#### 청강한 강연 목록

-   신입 개발자가 스타트업에서 AWS로 살아남는 이야기 - 사람 다 차서 못들음
-   기조연설
`;

describe("markdownToText", () => {
  test.each([
    [
      "the owner's post: heading and list markers go, the text stays",
      AWS_SUMMIT,
      "(AWS Summit 후기 메모)\n청강한 강연 목록\n신입 개발자가 스타트업에서 AWS로 살아남는 이야기 - 사람 다 차서 못들음\n기조연설",
    ],
    ["empty", "", ""],
    ["only blank lines", "\n  \n\t\n", ""],
    [
      "a heading-only document",
      "# 제목\n\n## 부제목 ##\n\n###### 작은 제목",
      "제목\n부제목\n작은 제목",
    ],
    ["setext headings", "제목\n===\n\n부제\n---", "제목\n부제"],
    ["a hashtag is not a heading", "#해시태그 는 글자", "#해시태그 는 글자"],
    [
      "English",
      "# Hello\n\nThis is *very* simple.",
      "Hello\nThis is very simple.",
    ],
    [
      "paragraphs and soft breaks become single newlines",
      "첫 줄\n둘째 줄\n\n\n\n다음 단락",
      "첫 줄\n둘째 줄\n다음 단락",
    ],
    ["CRLF line endings", "# 제목\r\n\r\n본문", "제목\n본문"],
    ["NFD input comes out NFC", "한글 블로그".normalize("NFD"), "한글 블로그"],
  ])("%s", (_, markdown, expected) => {
    expect(markdownToText(markdown)).toBe(expected);
  });

  test.each([
    ["backtick fence", "앞\n\n```ts\nconst secret = 1;\n```\n\n뒤", "앞\n뒤"],
    ["tilde fence", "앞\n~~~\nsecret()\n~~~\n뒤", "앞\n뒤"],
    [
      "a longer fence holds a shorter one",
      "````md\n```js\nsecret()\n```\n````\n뒤",
      "뒤",
    ],
    [
      "a fence closes only with its own character",
      "~~~\n```\nsecret()\n~~~\n뒤",
      "뒤",
    ],
    ["an unclosed fence runs to the end", "앞\n```\nsecret()", "앞"],
    [
      "fences in a list item and a blockquote",
      "- 항목\n  ```sh\n  npm i secret\n  ```\n> ```\n> secret\n> ```\n끝",
      "항목\n끝",
    ],
    [
      "inline code keeps its text",
      "`const x = 1`을 쓰세요",
      "const x = 1을 쓰세요",
    ],
    [
      "markup inside inline code is literal",
      "`<div>`와 `**a**`와 `&lt;`",
      "<div>와 **a**와 &lt;",
    ],
    [
      "double-backtick code with a backtick inside",
      "``a ` b`` 코드",
      "a ` b 코드",
    ],
  ])("code: %s", (_, markdown, expected) => {
    expect(markdownToText(markdown)).toBe(expected);
  });

  test.each([
    [
      "MDX tags",
      "<Intro>\n\n소개 글입니다.\n\n</Intro>\n\n<Note>\n주의하세요.\n</Note>",
      "소개 글입니다.\n주의하세요.",
    ],
    [
      "an MDX tag around code",
      "<Sandpack>\n\n```js\nexport default function App() {}\n```\n\n</Sandpack>\n설명",
      "설명",
    ],
    [
      "a JSX tag with attributes",
      "<YouWillLearn isChapter={true}>\n\n* 항목\n\n</YouWillLearn>",
      "항목",
    ],
    [
      "a tag spread over lines",
      '<Diagram\n  name="x"\n  height={200}>\n그림 설명\n</Diagram>',
      "그림 설명",
    ],
    [
      "inline HTML",
      "<b>강조</b>했다<br>다음 줄<br />끝",
      "강조했다 다음 줄 끝",
    ],
    [
      "HTML comments",
      "보이는 글<!-- 숨김 -->\n<!--\n여러 줄\n숨김\n-->\n다음",
      "보이는 글\n다음",
    ],
    [
      "script and style",
      "<style>\n.a { color: red }\n</style>\n본문<script>track()</script>",
      "본문",
    ],
    [
      "Korean angle-bracket titles are not tags",
      "<해리 포터>를 읽었다",
      "<해리 포터>를 읽었다",
    ],
    ["comparisons are not tags", "a < b 이고 c > d", "a < b 이고 c > d"],
  ])("HTML and MDX: %s", (_, markdown, expected) => {
    expect(markdownToText(markdown)).toBe(expected);
  });

});
