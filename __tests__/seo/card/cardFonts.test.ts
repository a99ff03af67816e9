import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { readPost } from "../../../src/content/readPost";
import {
  cardFonts,
  cardText,
  renderCard,
} from "../../../src/seo/card/renderCard";
import type { CardSpec } from "../../../src/seo/card/cardSpec";

/** Every markdown file under a folder. */
function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".md"))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The titles as the build stores them (NFC), of every post that reads as valid. */
const titles = ["content", "__tests__/fixtures"].flatMap((dir) =>
  markdownFiles(dir).flatMap((file) => {
    const result = readPost(readFileSync(file, "utf8"), file, "Asia/Seoul");
    return result.ok ? [{ file, title: result.post.title }] : [];
  }),
);

const spec = (title: string): CardSpec => ({
  title,
  meta: "개발 · 2019년 4월 17일",
  siteName: "개발 일기",
  address: "example.com",
  language: "ko",
});

describe("the faces preview cards are drawn in", () => {
  test("have a glyph for every character of every title in content/ and the fixtures", () => {
    expect(titles.length).toBeGreaterThan(200);
    const missing = titles.flatMap(({ file, title }) =>
      Array.from(title)
        .filter(
          (char) => !/\s/u.test(char) && cardFonts().faceOf(char, 700) === null,
        )
        .map(
          (char) => `${file}: ${char} (U+${char.codePointAt(0)?.toString(16)})`,
        ),
    );
    expect(missing).toEqual([]);
  });

  test("hanja, which Pretendard lacks, is drawn in the Noto Sans KR fallback", () => {
    expect(cardFonts().faceOf("가", 700)).toBe("primary");
    expect(cardFonts().faceOf("漢", 700)).toMatch(
      /noto-sans-kr-\d+-700-normal\.woff$/u,
    );
    const fonts = cardFonts().fontsFor([{ text: "漢字 메모", weight: 700 }]);
    expect(fonts.map((font) => font.name)).toEqual(
      expect.arrayContaining([
        "Pretendard",
        expect.stringMatching(/^Noto Sans KR/u),
      ]),
    );
  });

  test("a character no face has is left off the card, not drawn as a box", () => {
    expect(cardText(spec("🚀 배포 자동화 ✨")).title).toEqual(["배포 자동화"]);
  });

  test("a card is a 1200×630 PNG, and a fallback character changes what is drawn", async () => {
    const drawn = await renderCard(spec("漢字 메모"));
    expect(await sharp(drawn).metadata()).toMatchObject({
      format: "png",
      width: 1200,
      height: 630,
    });
    const without = await renderCard(spec("메모"));
    expect(drawn.equals(without)).toBe(false);
  });
});
