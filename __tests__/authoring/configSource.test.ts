import {
  editConfigSource,
  quote,
  textWidth,
} from "../../src/authoring/configSource";
import { evaluateConfig } from "../../scripts/authoring/configFile";

const source = `import type { BlogConfig } from "./src/config/blogConfigSchema";

/** The settings. */
export const blogConfig: BlogConfig = {
  /** The site's name. */
  title: "개발 일기",
  // comments: { giscus: {} },
  siteUrl: "https://example.com",
  profile: {
    name: "블로그 주인",
    links: {
      github: "https://github.com/example",
      rss: true,
    },
  },
};
`;

const read = (text: string) =>
  evaluateConfig(text, "/site/blog.config.ts") as Record<string, unknown>;

test.each([
  ['그의 "첫" 글', `'그의 "첫" 글'`],
  ["it's", `"it's"`],
  ["a\\b", `"a\\\\b"`],
  [`"'`, `"\\"'"`],
  ['줄\n바꿈 "', `'줄\\n바꿈 "'`],
])("%j is written as %s and reads back the same", (value, literal) => {
  expect(quote(value)).toBe(literal);
  const text = editConfigSource(source, [{ path: ["title"], value }]);
  expect(read(text).title).toBe(value);
});

test("Hangul counts two columns, as Prettier counts it", () => {
  expect(textWidth("개발 blog")).toBe(9);
});

test("changes only the value: comments and other settings stay as they were", () => {
  const text = editConfigSource(source, [
    { path: ["title"], value: "김 일기" },
  ]);
  expect(text).toBe(source.replace('"개발 일기"', '"김 일기"'));
});

test("adds, replaces and removes profile links, keeping the rest", () => {
  const text = editConfigSource(source, [
    { path: ["profile", "links", "github"], value: undefined },
    { path: ["profile", "links", "x"], value: "https://x.com/kim" },
    { path: ["profile", "links", "rss"], value: false },
  ]);
  expect(read(text).profile).toEqual({
    name: "블로그 주인",
    links: { rss: false, x: "https://x.com/kim" },
  });
  expect(text).toContain(
    '    links: {\n      rss: false,\n      x: "https://x.com/kim",\n    },\n',
  );
});

test("makes the profile when the file has none", () => {
  const bare = source.replace(/ {2}profile: \{[^]*?\n {2}\},\n/u, "");
  const text = editConfigSource(bare, [
    { path: ["profile", "name"], value: "김개발" },
    { path: ["profile", "links", "github"], value: "https://github.com/kim" },
  ]);
  expect(text).toContain(
    '  profile: {\n    name: "김개발",\n    links: {\n      github: "https://github.com/kim",\n    },\n  },\n};\n',
  );
  expect(text).toContain("// comments: { giscus: {} },");
});

test("a value too long for its line goes below its key, as Prettier puts it", () => {
  const value =
    "클라우드와 웹 개발을 배우며 남기는 아주 긴 메모, 그리고 그 밖의 여러 이야기";
  const text = editConfigSource(source, [{ path: ["title"], value }]);
  expect(text).toContain(`  title:\n    "${value}",\n`);
});

test("a file without a blogConfig object is refused with a line saying so", () => {
  expect(() =>
    editConfigSource("export const x = 1;\n", [
      { path: ["title"], value: "a" },
    ]),
  ).toThrow("no `export const blogConfig = { … }` object");
});
