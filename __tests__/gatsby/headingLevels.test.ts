import { shiftHeadings } from "../../plugins/gatsby-remark-heading-levels";

type Node = { type: string; depth?: number; children?: Node[] };

const doc = (...depths: number[]): Node => ({
  type: "root",
  children: depths.map((depth) => ({ type: "heading", depth, children: [] })),
});
const depths = (tree: Node) => (tree.children ?? []).map((node) => node.depth);

test.each([
  [
    [4, 4, 4],
    [2, 2, 2],
  ],
  [
    [2, 3, 3, 2],
    [2, 3, 3, 2],
  ],
  [
    [1, 2, 3],
    [2, 3, 4],
  ],
  [
    [3, 4, 5, 6],
    [2, 3, 4, 5],
  ],
  [
    [1, 6],
    [2, 6],
  ],
  [[], []],
])("headings %j become %j", (before, after) => {
  const tree = doc(...before);
  shiftHeadings(tree);
  expect(depths(tree)).toEqual(after);
});

test("headings inside other blocks move too", () => {
  const tree: Node = {
    type: "root",
    children: [
      {
        type: "blockquote",
        children: [{ type: "heading", depth: 4, children: [] }],
      },
    ],
  };
  shiftHeadings(tree);
  expect(tree.children?.[0]?.children?.[0]?.depth).toBe(2);
});
