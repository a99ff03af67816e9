import { ELLIPSIS, titleLines } from "../../../src/seo/card/cardTitle";

/** Every character one unit wide, spaces included: widths are lengths. */
const layout = (maxWidth: number, maxLines = 3) => ({
  measure: (text: string) => Array.from(text).length,
  maxWidth,
  maxLines,
});

describe("a card title's lines", () => {
  test("Korean breaks between eojeol, never inside one", () => {
    expect(
      titleLines("서버리스 아키텍처와 컨테이너 이야기", layout(12)),
    ).toEqual(["서버리스 아키텍처와", "컨테이너 이야기"]);
  });

  test("a short title is one line, spaces tidied", () => {
    expect(titleLines("  AWS   Summit 메모 ", layout(40))).toEqual([
      "AWS Summit 메모",
    ]);
  });

  test("past three lines, the third ends in an ellipsis after the last whole eojeol that fits", () => {
    const lines = titleLines(
      "하나 둘 셋 넷 다섯 여섯 일곱 여덟 아홉 열",
      layout(6),
    );
    expect(lines).toHaveLength(3);
    expect(lines).toEqual(["하나 둘 셋", "넷 다섯", `여섯 일곱${ELLIPSIS}`]);
    for (const line of lines)
      expect(Array.from(line).length).toBeLessThanOrEqual(6);
  });

  test("an eojeol wider than the card is cut by characters rather than overflow", () => {
    expect(titleLines("가나다라마바사아자차", layout(4))).toEqual([
      "가나다라",
      "마바사아",
      "자차",
    ]);
    const cut = titleLines("가나다라마바사아자차카타파하", layout(4));
    expect(cut).toEqual(["가나다라", "마바사아", `자차카${ELLIPSIS}`]);
  });

  test("no punctuation is left dangling before the ellipsis", () => {
    expect(titleLines("하나, 둘, 셋, 넷, 다섯", layout(4, 1))).toEqual([
      `하나${ELLIPSIS}`,
    ]);
  });

  test("English breaks between words the same way", () => {
    expect(
      titleLines("Notes from a conference in English", layout(16)),
    ).toEqual(["Notes from a", "conference in", "English"]);
  });
});
