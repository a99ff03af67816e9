import remark from "remark";
import remarkMath from "remark-math";
import { renderMath } from "../../plugins/gatsby-remark-math";
import { markdownToText } from "../../src/content/markdownText";

type Node = { type: string; value?: string; children?: Node[] };

const INLINE = new Set(["emphasis", "strong", "delete", "link"]);

/** What the build makes of `markdown`: its math as KaTeX's HTML, the rest as text. */
function rendered(markdown: string) {
  const tree = remark().use(remarkMath).parse(markdown) as Node;
  const warnings: string[] = [];
  renderMath(tree, markdown, (tex, message) =>
    warnings.push(`${tex}: ${message}`),
  );
  const html: string[] = [];
  const text: string[] = [];
  const walk = (node: Node) => {
    if (node.type === "html") html.push(node.value ?? "");
    // Code blocks are not prose: the plain text leaves them out.
    else if (node.type === "code") return;
    else if (node.value !== undefined) text.push(node.value);
    node.children?.forEach(walk);
    if (node.children && !INLINE.has(node.type)) text.push(" ");
  };
  walk(tree);
  return { html, text: text.join("").trim(), warnings };
}

const words = (text: string) => text.split(/\s+/u).filter(Boolean);

const CASES: Array<[string, string, number]> = [
  ["inline math", "정렬은 $O(n \\log n)$ 이다.", 1],
  [
    "display math",
    "합은\n\n$$\n\\sum_{i=1}^n i = \\frac{n(n+1)}{2}\n$$\n\n이다.",
    1,
  ],
  ["display math on one line", "$$a^2 + b^2 = c^2$$", 1],
  ["double dollars inside a sentence", "둘 다 $$x$$ 이다", 1],
  ["a lone dollar", "커피는 $5 입니다.", 0],
  ["two prices", "It costs $5 and $10 now.", 0],
  ["a price after math", "$x$ costs $5 and $10.", 1],
  ["spaces inside the dollars", "between $ a $ and", 0],
  ["a digit right after", "$a$5 is not math", 0],
  ["a code span", "Use `$x$` in code.", 0],
  ["a code block", "```\nlet $x$ = 1;\n$$\n```\n\nafter", 0],
  ["an escaped dollar", "a \\$x$ b", 0],
  ["math in a list", "- 항목 $e^{i\\pi}$ 끝", 1],
];

describe("math", () => {
  test.each(CASES)(
    "%s: rendered as math where it should be",
    (_, markdown, count) => {
      const { html } = rendered(markdown);
      expect(html).toHaveLength(count);
      for (const piece of html) {
        expect(piece).toContain('class="katex"');
        expect(piece).toContain("<math");
      }
    },
  );

  test.each(CASES)(
    "%s: the plain text (excerpts, search) has the same words the page shows as text",
    (_, markdown) => {
      expect(words(markdownToText(markdown))).toEqual(
        words(rendered(markdown).text),
      );
    },
  );

  test("a prose dollar stays as written", () => {
    expect(rendered("It costs $5 and $10 now.").text).toBe(
      "It costs $5 and $10 now.",
    );
    expect(markdownToText("It costs $5 and $10 now.")).toBe(
      "It costs $5 and $10 now.",
    );
  });

  test("display math alone is a display equation; inline math is not", () => {
    expect(rendered("$$\na\n$$").html[0]).toContain("katex-display");
    expect(rendered("$$a$$").html[0]).toContain("katex-display");
    expect(rendered("보기 $$a$$ 끝").html[0]).not.toContain("katex-display");
    expect(rendered("보기 $a$ 끝").html[0]).not.toContain("katex-display");
  });

  test("TeX KaTeX cannot read is shown as an error and reported, not a crash", () => {
    const { html, warnings } = rendered("보기 $\\frac{1}{$ 끝");
    expect(html[0]).toContain("katex-error");
    expect(warnings).toEqual([expect.stringMatching(/^\\frac\{1\}\{: /u)]);
  });
});
