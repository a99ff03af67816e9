import { existsSync } from "node:fs";
import { generateCorpus } from "../../scripts/bench/generateCorpus";
import { checkContent } from "../../src/authoring/contentCheck";

describe("the benchmark corpus", () => {
  const files = generateCorpus(40);

  test("is the same every time", () => {
    expect(generateCorpus(40)).toEqual(files);
  });

  test("is a blog the content check finds nothing wrong with", () => {
    const names = new Set(files.map((f) => `content/posts/${f.file}`));
    const markdown = files.flatMap(({ file, content }) =>
      typeof content === "string"
        ? [{ file: `content/posts/${file}`, source: content }]
        : [],
    );
    const { problems, validPosts } = checkContent(markdown, {
      timeZone: "Asia/Seoul",
      language: "ko",
      postsPerPage: 10,
      exists: (file) => names.has(file) || existsSync(file),
      staticUrls: new Set(),
    });
    expect(problems).toEqual([]);
    expect(validPosts).toBe(40);
  });

  test("posts are about 1,500 words, with code, tables, lists, links and some images", () => {
    const first = files.find((f) => f.file === "00001.md")?.content;
    expect(typeof first).toBe("string");
    const text = String(first);
    expect(text.split(/\s+/u).length).toBeGreaterThan(1400);
    for (const mark of ["```ts", "| 항목 | 값 |", "\n- ", "](/bench/", "## "]) {
      expect(text).toContain(mark);
    }
    expect(files.filter((f) => f.file.endsWith(".png"))).toHaveLength(4);
  });
});
