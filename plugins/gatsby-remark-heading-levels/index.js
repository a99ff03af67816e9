/**
 * A post's title is the page's <h1>, so its own headings must start at <h2> and never skip a
 * level (WCAG 1.3.1; Lighthouse and axe flag "heading-order"). Authors write whatever level they
 * like — the seed post uses only ####. This shifts every heading by the same amount so the
 * highest one becomes ## and their relative levels stay as written. It runs before
 * gatsby-remark-autolink-headers, and the table of contents is built from the same tree.
 */
function shiftHeadings(tree) {
  const headings = [];
  const visit = (node) => {
    if (node.type === "heading") headings.push(node);
    if (Array.isArray(node.children)) node.children.forEach(visit);
  };
  visit(tree);
  if (headings.length === 0) return;
  const top = Math.min(...headings.map((heading) => heading.depth));
  for (const heading of headings) {
    heading.depth = Math.min(6, heading.depth - top + 2);
  }
}

module.exports = ({ markdownAST }) => shiftHeadings(markdownAST);
module.exports.shiftHeadings = shiftHeadings;
