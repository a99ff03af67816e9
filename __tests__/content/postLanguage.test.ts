import { readingMinutes } from "../../src/content/readingTime";
import { readPost } from "../../src/content/readPost";

const post = (extra: string, body: string) =>
  `---\ntitle: A post\npath: /a\ncategory: Dev\ndate: 2026-12-01\n${extra}---\n\n${body}\n`;

test("lang: en is read; anything but ko or en is named", () => {
  const en = readPost(post("lang: en\n", "Hello."), "a.md", "Asia/Seoul");
  expect(en.ok && en.post.lang).toBe("en");
  const none = readPost(post("", "안녕."), "a.md", "Asia/Seoul");
  expect(none.ok && none.post.lang).toBeNull();
  const bad = readPost(post("lang: ja\n", "こんにちは"), "a.md", "Asia/Seoul");
  expect(bad.ok ? [] : bad.problems.map((p) => [p.field, p.expected])).toEqual([
    ["lang", "ko or en"],
  ]);
});

test("an English post's reading time counts words at the English rate, Hangul words too", () => {
  // 460 words, ten of them Hangul: two minutes in English.
  const text = `${"word ".repeat(450)}${"한국어 ".repeat(10)}`;
  expect(readingMinutes(text, "en")).toBe(2);
  // The Korean rule counts those ten Hangul words by their 30 syllables instead.
  expect(readingMinutes(text, "ko")).toBe(readingMinutes(text));
  const korean = "가".repeat(1500);
  expect(readingMinutes(korean, "ko")).toBe(3);
  expect(readingMinutes(korean, "en")).toBe(1);
});
