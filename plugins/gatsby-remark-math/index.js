/**
 * `$…$` and `$$…$$` math, rendered at build time by KaTeX to HTML and MathML, so a page needs
 * no script to show it. Local rather than gatsby-remark-katex, which pins an older KaTeX as its
 * peer. remark-math 4 (the remark 13 stack gatsby-transformer-remark uses) finds the math; this
 * turns each piece into an `html` node.
 *
 * remark-math reads `$5 and $10` as math. Text math here follows Pandoc's rule instead
 * (https://pandoc.org/MANUAL.html#extension-tex_math_dollars): the opening `$` is followed by a
 * non-space, the closing `$` is preceded by a non-space and not followed by a digit. What fails
 * it goes back to being text. src/content/markdownText.ts drops math by the same rule, so
 * excerpts, reading time and search never hold TeX the page does not show as math.
 */
const path = require("node:path");
const katex = require("katex");
const remarkMath = require("remark-math");

const SPACE = /\s/u;
const DIGIT = /[0-9]/u;

/** Whether `$…$` as written (`raw`, delimiters included) followed by `next` is math. */
function isTextMath(raw, next) {
  if (raw.startsWith("$$")) return true;
  const inner = raw.slice(1, -1);
  return (
    inner !== "" &&
    !SPACE.test(inner[0]) &&
    !SPACE.test(inner[inner.length - 1]) &&
    !DIGIT.test(next ?? "")
  );
}

function render(tex, displayMode, warn) {
  const options = {
    displayMode,
    output: "htmlAndMathml",
    // Korean in math mode and other non-LaTeX input still render; only errors are the author's.
    strict: "ignore",
  };
  try {
    return katex.renderToString(tex, { ...options, throwOnError: true });
  } catch (error) {
    warn(tex, error instanceof Error ? error.message : String(error));
    // KaTeX's own rendering of the error: the TeX in red, the message in its title.
    return katex.renderToString(tex, { ...options, throwOnError: false });
  }
}

/**
 * Replaces the math in a remark-math tree with KaTeX's HTML. `source` is the markdown the tree
 * was parsed from (positions point into it); `warn(tex, message)` hears about TeX KaTeX cannot
 * read.
 */
function renderMath(tree, source, warn = () => {}) {
  const visit = (node) => {
    const children = node.children;
    if (!Array.isArray(children)) return;
    children.forEach((child, index) => {
      if (child.type === "math") {
        children[index] = {
          type: "html",
          value: render(child.value, true, warn),
        };
      } else if (child.type === "inlineMath") {
        const start = child.position?.start.offset ?? 0;
        const end = child.position?.end.offset ?? 0;
        const raw = source.slice(start, end);
        if (!isTextMath(raw, source[end])) {
          children[index] = { type: "text", value: raw };
          return;
        }
        // `$$…$$` alone in its paragraph is meant as a display equation.
        const display = raw.startsWith("$$") && children.length === 1;
        children[index] = {
          type: "html",
          value: render(child.value, display, warn),
        };
      } else {
        visit(child);
      }
    });
  };
  visit(tree);
}

module.exports = ({ markdownAST, markdownNode, getNode, reporter }) => {
  const file = markdownNode.parent ? getNode(markdownNode.parent) : undefined;
  const where =
    typeof file?.absolutePath === "string"
      ? path
          .relative(process.cwd(), file.absolutePath)
          .split(path.sep)
          .join("/")
      : markdownNode.id;
  renderMath(markdownAST, markdownNode.internal.content, (tex, message) =>
    reporter.warn(`${where}: math: ${JSON.stringify(tex)} — ${message}`),
  );
};
module.exports.setParserPlugins = () => [remarkMath];
module.exports.renderMath = renderMath;
module.exports.isTextMath = isTextMath;
