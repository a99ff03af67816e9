import { decodeAttribute, tableOfContents, tocSize } from "../../src/content/toc";

/** A heading as gatsby-remark-autolink-headers writes it (svg shortened). */
const heading = (depth: number, id: string, href: string, inner: string) =>
  `<h${depth} id="${id}" style="position:relative;"><a href="${href}" aria-label="${id} permalink" class="anchor before"><svg aria-hidden="true" focusable="false"><path d="M4 9h1"></path></svg></a>${inner}</h${depth}>`;

describe("tableOfContents", () => {
  test("links each heading by the href of its own permalink, with its text", () => {
    const html = [
      "<p>머리말</p>",
      heading(2, "구조", "#%EA%B5%AC%EC%A1%B0", "구조"),
      "<p>본문</p>",
      heading(
        2,
        "삽질-목록",
        "#%EC%82%BD%EC%A7%88-%EB%AA%A9%EB%A1%9D",
        "삽질 목록",
      ),
    ].join("\n");
    expect(tableOfContents(html)).toEqual([
      { depth: 2, href: "#%EA%B5%AC%EC%A1%B0", html: "구조", children: [] },
      {
        depth: 2,
        href: "#%EC%82%BD%EC%A7%88-%EB%AA%A9%EB%A1%9D",
        html: "삽질 목록",
        children: [],
      },
    ]);
  });

  test("nests deeper headings under the one before, up to maxDepth", () => {
    const html = [
      heading(2, "a", "#a", "A"),
      heading(3, "a1", "#a1", "A.1"),
      heading(4, "a1x", "#a1x", "A.1.x"),
      heading(5, "deep", "#deep", "too deep"),
      heading(3, "a2", "#a2", "A.2"),
      heading(2, "b", "#b", "B"),
    ].join("");
    const toc = tableOfContents(html, 4);
    expect(toc.map((e) => e.html)).toEqual(["A", "B"]);
    expect(toc[0]?.children.map((e) => e.html)).toEqual(["A.1", "A.2"]);
    expect(toc[0]?.children[0]?.children.map((e) => e.html)).toEqual(["A.1.x"]);
    expect(tocSize(toc)).toBe(5);
    expect(tocSize(tableOfContents(html, 3))).toBe(4);
  });

  test("a post that starts at a deeper level keeps its headings at the top", () => {
    const toc = tableOfContents(
      heading(3, "x", "#x", "X") + heading(2, "y", "#y", "Y"),
    );
    expect(toc.map((e) => [e.depth, e.html])).toEqual([
      [3, "X"],
      [2, "Y"],
    ]);
  });

  test("keeps inline code and emphasis, drops links inside the heading", () => {
    const [entry] = tableOfContents(
      heading(
        2,
        "typescript-59의-satisfies",
        "#typescript-59%EC%9D%98-satisfies",
        '<a href="https://www.typescriptlang.org/">TypeScript</a> 5.9의 <code class="language-text">satisfies</code> &#x26; <em>더</em>',
      ),
    );
    expect(entry?.html).toBe(
      'TypeScript 5.9의 <code class="language-text">satisfies</code> &#x26; <em>더</em>',
    );
  });

  test("headings without an id (h1, raw HTML) are not listed; a heading without a permalink is linked by its id", () => {
    const html =
      '<h1 id="title">제목</h1><h2>아이디 없음</h2><h2 id="a&#x26;b">A &#x26; B</h2>';
    expect(tableOfContents(html)).toEqual([
      { depth: 2, href: "#a%26b", html: "A &#x26; B", children: [] },
    ]);
  });

  test("code blocks that merely mention <h2> are not headings", () => {
    const html =
      '<pre class="language-html"><code class="language-html"><span class="token tag">&lt;h2 id="x"></span>…</code></pre>';
    expect(tableOfContents(html)).toEqual([]);
  });
});

describe("decodeAttribute", () => {
  test("decodes the entities an HTML serializer writes in attributes", () => {
    expect(decodeAttribute("a&#x26;b&amp;c&#34;d&quot;&lt;&gt;")).toBe(
      'a&b&c"d"<>',
    );
    expect(decodeAttribute("&unknown;")).toBe("&unknown;");
  });
});
