import { absoluteUrl, pageTitle } from "../../src/seo/metaTags";
import { SITE, HOSTILE_TITLE } from "../helpers/hostile";

describe("absoluteUrl", () => {
  test.each([
    [
      "/2019-04-17-AWS-Summit-Seoul-메모/",
      `${SITE}/2019-04-17-AWS-Summit-Seoul-%EB%A9%94%EB%AA%A8/`,
    ],
    ["/", `${SITE}/`],
    [
      "/category/서버리스/page/2/",
      `${SITE}/category/%EC%84%9C%EB%B2%84%EB%A6%AC%EC%8A%A4/page/2/`,
    ],
    ["/%EB%A9%94%EB%AA%A8/", `${SITE}/%EB%A9%94%EB%AA%A8/`],
    ["/%eb%a9%94모/", `${SITE}/%EB%A9%94%EB%AA%A8/`],
    ["/100%/", `${SITE}/100%25/`],
    ["/a b/", `${SITE}/a%20b/`],
    ["/c++/q&a/", `${SITE}/c++/q&a/`],
    ["no-leading-slash/", `${SITE}/no-leading-slash/`],
  ])("%j", (path, url) => {
    expect(absoluteUrl(SITE, path)).toBe(url);
  });

  test("an NFD path gets the same URL as its NFC spelling", () => {
    const nfd = "/메모/".normalize("NFD");
    expect(nfd).not.toBe("/메모/");
    expect(absoluteUrl(SITE, nfd)).toBe(`${SITE}/%EB%A9%94%EB%AA%A8/`);
  });

  test("a trailing slash on siteUrl or a path prefix in it is kept once", () => {
    expect(absoluteUrl(`${SITE}/`, "/a/")).toBe(`${SITE}/a/`);
    expect(absoluteUrl(`${SITE}/blog`, "/a/")).toBe(`${SITE}/blog/a/`);
  });

  test("a lone surrogate does not throw", () => {
    expect(absoluteUrl(SITE, "/\uD800/")).toBe(`${SITE}/%EF%BF%BD/`);
  });
});

describe("pageTitle", () => {
  test.each([
    ["메모", "개발 일기", "메모 | 개발 일기"],
    [HOSTILE_TITLE, "개발 일기", `${HOSTILE_TITLE} | 개발 일기`],
    [undefined, "개발 일기", "개발 일기"],
    ["", "개발 일기", "개발 일기"],
    ["   ", "개발 일기", "개발 일기"],
  ])("%j, %j → %j", (title, siteTitle, expected) => {
    expect(pageTitle(title, siteTitle)).toBe(expected);
  });
});
