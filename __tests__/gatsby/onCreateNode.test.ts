import path from "node:path";
import type { CreateNodeArgs, Node } from "gatsby";
import { onCreateNode } from "../../gatsby/onCreateNode";

const fileNode = (relative: string) =>
  ({
    id: "file-1",
    absolutePath: path.resolve(relative),
    internal: {
      type: "File",
      contentDigest: "x",
      owner: "gatsby-source-filesystem",
    },
  }) as unknown as Node;

const markdownNode = {
  id: "md-1",
  parent: "file-1",
  internal: {
    type: "MarkdownRemark",
    contentDigest: "x",
    owner: "gatsby-transformer-remark",
  },
} as unknown as Node;

async function run(source: string, node: Node = markdownNode) {
  const createNodeField = jest.fn();
  const args = {
    node,
    getNode: (id: string) =>
      id === "file-1" ? fileNode("content/posts/hello.md") : undefined,
    loadNodeContent: async () => source,
    actions: { createNodeField },
  } as unknown as CreateNodeArgs;
  await onCreateNode?.(args, { plugins: [] }, () => undefined);
  return Object.fromEntries(
    createNodeField.mock.calls.map(
      ([{ name, value }]: [{ name: string; value: unknown }]) => [name, value],
    ),
  );
}

describe("onCreateNode", () => {
  test("a valid post gets its normalized fields and no problems", async () => {
    const fields = await run(
      "---\ntitle: 안녕\npath: /hello\ncategory: 일상\ndate: 2024-01-01\n---\n본문",
    );
    expect(fields).toMatchObject({
      sourceFile: "content/posts/hello.md",
      post: {
        url: "/hello/",
        title: "안녕",
        category: { url: "/category/일상/" },
      },
      problems: [],
    });
  });

  test("an invalid post keeps its problems on the node, naming the file", async () => {
    const fields = await run(
      "---\ntitle: 안녕\npath: hello\ndate: 2024-02-30\n---\n",
    );
    expect(fields.post).toBeNull();
    expect(fields.problems).toEqual([
      expect.objectContaining({
        file: "content/posts/hello.md",
        field: "path",
      }),
      expect.objectContaining({
        file: "content/posts/hello.md",
        field: "category",
      }),
      expect.objectContaining({
        file: "content/posts/hello.md",
        field: "date",
      }),
    ]);
  });

  test("other nodes are left alone", async () => {
    const other = {
      ...markdownNode,
      internal: { ...markdownNode.internal, type: "File" },
    } as Node;
    expect(await run("---\n---\n", other)).toEqual({});
  });
});

describe("a post's own preview image (frontmatter image)", () => {
  const source = (image: string) =>
    `---\ntitle: 표지\npath: /cover\ncategory: 일상\ndate: 2024-01-01\nimage: ${image}\n---\n본문`;

  test("a file that is not there is a problem, in the words npm run check uses; develop still shows the post", async () => {
    const fields = await run(source("./no-such-cover.jpg"));
    expect(fields.post).toMatchObject({ title: "표지" });
    expect(fields.problems).toEqual([
      {
        file: "content/posts/hello.md",
        field: "image",
        value: '"./no-such-cover.jpg"',
        expected:
          "a file beside the post — content/posts/no-such-cover.jpg does not exist",
      },
    ]);
  });

  test("a file in static/ is found there", async () => {
    const fields = await run(source("/favicon.png"));
    expect(fields.problems).toEqual([
      expect.objectContaining({
        field: "image",
        expected: "a file in static/ — static/favicon.png does not exist",
      }),
    ]);
  });
});
