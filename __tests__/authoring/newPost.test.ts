import { newPostSource, titleSlug, todayIn } from "../../src/authoring/newPost";
import { readPost } from "../../src/content/readPost";

describe("todayIn", () => {
  test.each([
    // 23:30 in Seoul is 14:30 UTC the same day
    ["2019-04-17T14:30:00Z", "2019-04-17"],
    // 00:30 in Seoul is still the previous day in UTC
    ["2019-04-17T15:30:00Z", "2019-04-18"],
    ["2019-12-31T15:00:00Z", "2020-01-01"],
  ])("at %s it is %s in Seoul", (instant, day) => {
    expect(todayIn("Asia/Seoul", new Date(instant))).toBe(day);
  });
});

describe("titleSlug", () => {
  test.each([
    ["2019 AWS Summit Seoul 메모", "2019-AWS-Summit-Seoul-메모"],
    ["  여러   칸   띄움  ", "여러-칸-띄움"],
    ["질문? 답#1 100% 완료", "질문-답1-100-완료"],
    ["TypeScript 5.9: 변경점", "TypeScript-5.9-변경점"],
    ['a/b\\c "인용" <태그> *별* |파이프|', "abc-인용-태그-별-파이프"],
    [". .. 점만", "점만"],
    ["메모".normalize("NFD"), "메모"],
    ["???", ""],
  ])("%j → %j", (title, slug) => {
    expect(titleSlug(title)).toBe(slug);
  });
});

describe("newPostSource", () => {
  test("writes frontmatter the build reads back unchanged, even with YAML-looking text", () => {
    const source = newPostSource(
      {
        title: '2019 AWS Summit: "메모"',
        date: "2019-04-17",
        category: "true",
        tags: ["AWS", "클라우드: 입문"],
        page: false,
        draft: true,
      },
      "/2019-04-17-2019-AWS-Summit-메모",
    );
    const result = readPost(source, "x.md", "Asia/Seoul");
    expect(result.ok && result.post).toMatchObject({
      title: '2019 AWS Summit: "메모"',
      url: "/2019-04-17-2019-AWS-Summit-메모/",
      date: "2019-04-17",
      category: { name: "true" },
      tags: [{ name: "AWS" }, { name: "클라우드: 입문" }],
      draft: true,
      kind: "post",
    });
  });

  test("a page has no category line", () => {
    const source = newPostSource(
      { title: "소개", date: "2019-04-17", tags: [], page: true, draft: false },
      "/2019-04-17-소개",
    );
    expect(source).toBe(
      '---\ntitle: "소개"\npath: /2019-04-17-소개\ntype: page\ndate: 2019-04-17\n---\n\n',
    );
  });
});
