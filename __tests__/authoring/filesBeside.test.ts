import { existsSync } from "node:fs";
import path from "node:path";
import type { CreateNodeArgs, Node } from "gatsby";
import { checkContent } from "../../src/authoring/contentCheck";
import { onCreateNode } from "../../gatsby/onCreateNode";

// Beside a real folder post of the sample blog, which holds seongsan.jpg and nothing else.
const FOLDER = "content/posts/2024-05-04-제주-한-달-살기-첫-주";
const FILE = `${FOLDER}/index.md`;
const POST = `---
title: 파일들
path: /files
category: 일상
date: 2024-01-01
---

![성산](./seongsan.jpg) ![없는 그림](./없는-그림.gif)

[발표 자료](./talk.pdf), [다른 글](../other-post/), [밖의 자료](https://example.com/a.pdf)

\`[코드 안](./code.zip)\`
`;

async function buildProblems(source: string) {
  const createNodeField = jest.fn();
  await onCreateNode?.(
    {
      node: {
        id: "md",
        parent: "file",
        internal: { type: "MarkdownRemark" },
      },
      getNode: () => ({
        id: "file",
        absolutePath: path.resolve(FILE),
        internal: { type: "File" },
      }),
      loadNodeContent: async () => source,
      actions: { createNodeField },
    } as unknown as CreateNodeArgs<Node>,
    { plugins: [] },
    () => undefined,
  );
  const call = createNodeField.mock.calls.find(
    ([field]: [{ name: string }]) => field.name === "problems",
  );
  return (call?.[0] as { value: unknown[] }).value;
}

function checkProblems(source: string) {
  return checkContent([{ file: FILE, source }], {
    timeZone: "Asia/Seoul",
    language: "ko",
    postsPerPage: 10,
    exists: (file) => existsSync(path.resolve(file)),
    staticUrls: new Set(),
  }).problems.filter((p) => p.field === "image" || p.field === "link");
}

describe("files beside a post", () => {
  test("the build and the check name the same missing files, in the same words", async () => {
    const expected = [
      {
        file: FILE,
        field: "image",
        value: '"./없는-그림.gif"',
        expected: `an image file beside the post (line 8) — ${FOLDER}/없는-그림.gif does not exist`,
      },
      {
        file: FILE,
        field: "link",
        value: '"./talk.pdf"',
        expected: `a file beside the post (line 10) — ${FOLDER}/talk.pdf does not exist`,
      },
    ];
    expect(await buildProblems(POST)).toEqual(expected);
    expect(checkProblems(POST)).toEqual(expected);
  });

  test("a post whose files are all there has no problem", async () => {
    const source = POST.replace(/!\[없는[^)]*\)|\[발표[^)]*\),/gu, "");
    expect(await buildProblems(source)).toEqual([]);
    expect(checkProblems(source)).toEqual([]);
  });

  test("a photo the author wants whole (#full) is found by its file; a missing one is named without it", async () => {
    const source = POST.replace(/!\[없는[^)]*\)|\[발표[^)]*\),/gu, "").replace(
      "./seongsan.jpg",
      "./seongsan.jpg#full) ![지도](./없는-지도.png#full",
    );
    const expected = [
      {
        file: FILE,
        field: "image",
        value: '"./없는-지도.png#full"',
        expected: `an image file beside the post (line 8) — ${FOLDER}/없는-지도.png does not exist`,
      },
    ];
    expect(await buildProblems(source)).toEqual(expected);
    expect(checkProblems(source)).toEqual(expected);
  });
});
