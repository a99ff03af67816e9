import {
  blogPostingLd,
  breadcrumbLd,
  jsonLdScriptContent,
  websiteLd,
} from "../../src/seo/jsonLd";
import {
  SITE,
  HOSTILE_TITLE,
  HOSTILE_CATEGORY,
  HOSTILE_DESCRIPTION,
  HOSTILE_TAGS,
  hostilePost,
} from "../helpers/hostile";

describe("JSON-LD builders", () => {
  test("websiteLd", () => {
    expect(
      websiteLd({
        siteUrl: SITE,
        title: "개발 일기",
        description: "메모",
        language: "ko",
      }),
    ).toStrictEqual({
      "@context": "https://schema.org",
      "@type": "WebSite",
      url: `${SITE}/`,
      name: "개발 일기",
      description: "메모",
      inLanguage: "ko",
    });
  });

  test("blogPostingLd keeps the author's text and date strings as they are", () => {
    const url = `${SITE}/2019-04-17-AWS-Summit-Seoul-%EB%A9%94%EB%AA%A8/`;
    expect(hostilePost).toStrictEqual({
      "@context": "https://schema.org",
      "@type": "BlogPosting",
      url,
      mainEntityOfPage: { "@type": "WebPage", "@id": url },
      headline: HOSTILE_TITLE,
      description: HOSTILE_DESCRIPTION,
      datePublished: "2019-04-17",
      dateModified: "2019-04-17",
      author: { "@type": "Person", name: '블로그 "주인" <me>' },
      inLanguage: "ko",
      articleSection: HOSTILE_CATEGORY,
      keywords: HOSTILE_TAGS,
    });
  });

  test("blogPostingLd with a date-time, a modified date, no category, no tags", () => {
    const post = blogPostingLd({
      siteUrl: SITE,
      url: "/about/",
      title: "About",
      description: "",
      datePublished: "2019-04-17T09:30:00+09:00",
      dateModified: "2020-01-02",
      author: "me",
      language: "en",
      tags: [],
    });
    expect(post.datePublished).toBe("2019-04-17T09:30:00+09:00");
    expect(post.dateModified).toBe("2020-01-02");
    expect(post).not.toHaveProperty("articleSection");
    expect(post).not.toHaveProperty("keywords");
  });

  test("breadcrumbLd numbers from 1 with absolute, encoded URLs", () => {
    expect(
      breadcrumbLd(SITE, [
        { name: "홈", path: "/" },
        { name: "서버리스", path: "/category/서버리스/" },
      ]),
    ).toStrictEqual({
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: "홈", item: `${SITE}/` },
        {
          "@type": "ListItem",
          position: 2,
          name: "서버리스",
          item: `${SITE}/category/%EC%84%9C%EB%B2%84%EB%A6%AC%EC%8A%A4/`,
        },
      ],
    });
  });
});

describe("jsonLdScriptContent", () => {
  const breadcrumbs = breadcrumbLd(SITE, [
    { name: HOSTILE_CATEGORY, path: "/category/q-and-a/" },
  ]);

  test.each([
    ["one object", hostilePost],
    ["an array", [hostilePost, breadcrumbs]],
  ])("%s: nothing HTML can read, same data after JSON.parse", (_, data) => {
    const text = jsonLdScriptContent(data);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/u);
    expect(JSON.parse(text)).toStrictEqual(data);
  });

  test("uses JSON's own \\u escapes", () => {
    expect(jsonLdScriptContent({ a: "<>&\u2028\u2029" })).toBe(
      '{"a":"\\u003c\\u003e\\u0026\\u2028\\u2029"}',
    );
  });
});
