import React from "react";
import { renderToStaticMarkup } from "react-dom/server";
import {
  blogPostingLd,
  breadcrumbLd,
  jsonLdScriptContent,
  websiteLd,
} from "../../src/seo/jsonLd";
import { absoluteUrl, metaTags, pageTitle } from "../../src/seo/metaTags";

const SITE = "https://example.com";
const HOSTILE_TITLE =
  'He said "hi" & <b>bye</b></script><script>alert(1)</script>';
const HOSTILE_CATEGORY = 'Q&A "따옴표" </script>';
const HOSTILE_DESCRIPTION = "<!-- & ' \" \u2028 line --> 서버리스 메모\u2029끝";
const HOSTILE_TAGS = ["<script>", "AWS & 서버리스", "a\u2028b"];

const hostilePost = blogPostingLd({
  siteUrl: SITE,
  url: "/2019-04-17-AWS-Summit-Seoul-메모/",
  title: HOSTILE_TITLE,
  description: HOSTILE_DESCRIPTION,
  datePublished: "2019-04-17",
  author: '블로그 "주인" <me>',
  language: "ko",
  category: HOSTILE_CATEGORY,
  tags: HOSTILE_TAGS,
});

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

describe("metaTags", () => {
  const canonicalUrl = `${SITE}/2019-04-17-AWS-Summit-Seoul-%EB%A9%94%EB%AA%A8/`;
  const article = metaTags({
    title: HOSTILE_TITLE,
    description: HOSTILE_DESCRIPTION,
    canonicalUrl,
    siteTitle: "개발 일기",
    type: "article",
    language: "ko",
    publishedTime: "2019-04-17",
    section: HOSTILE_CATEGORY,
    tags: HOSTILE_TAGS,
  });

  test("an article's tags carry the raw text, for React to escape", () => {
    expect(article).toStrictEqual([
      { name: "description", content: HOSTILE_DESCRIPTION },
      { property: "og:title", content: HOSTILE_TITLE },
      { property: "og:description", content: HOSTILE_DESCRIPTION },
      { property: "og:url", content: canonicalUrl },
      { property: "og:type", content: "article" },
      { property: "og:site_name", content: "개발 일기" },
      { property: "og:locale", content: "ko_KR" },
      { name: "twitter:card", content: "summary" },
      { name: "twitter:title", content: HOSTILE_TITLE },
      { name: "twitter:description", content: HOSTILE_DESCRIPTION },
      { property: "article:published_time", content: "2019-04-17" },
      { property: "article:modified_time", content: "2019-04-17" },
      { property: "article:section", content: HOSTILE_CATEGORY },
      { property: "article:tag", content: "<script>" },
      { property: "article:tag", content: "AWS & 서버리스" },
      { property: "article:tag", content: "a\u2028b" },
    ]);
  });

  test("a website has no article tags; English maps to en_US", () => {
    const site = metaTags({
      title: "Dev diary",
      description: "Notes",
      canonicalUrl: `${SITE}/`,
      siteTitle: "Dev diary",
      type: "website",
      language: "en",
      publishedTime: "2019-04-17",
      section: "ignored",
      tags: ["ignored"],
    });
    expect(site.find((t) => t.property === "og:locale")?.content).toBe("en_US");
    expect(site.find((t) => t.property === "og:type")?.content).toBe("website");
    expect(site.some((t) => t.property?.startsWith("article:"))).toBe(false);
  });

  test("modified_time is its own when given", () => {
    const tags = metaTags({
      title: "t",
      description: "d",
      canonicalUrl,
      siteTitle: "s",
      type: "article",
      language: "ko",
      publishedTime: "2019-04-17T09:30:00+09:00",
      modifiedTime: "2020-01-02",
    });
    expect(
      tags.find((t) => t.property === "article:modified_time")?.content,
    ).toBe("2020-01-02");
  });
});

describe("rendered by React, the hostile text stays text", () => {
  // What React emits for an attribute value: https://github.com/facebook/react/blob/v18.3.1/packages/react-dom/src/server/escapeTextForBrowser.js
  const unescapeAttribute = (value: string): string =>
    value
      .replace(/&quot;/gu, '"')
      .replace(/&#x27;/gu, "'")
      .replace(/&lt;/gu, "<")
      .replace(/&gt;/gu, ">")
      .replace(/&amp;/gu, "&");

  test("the JSON-LD script has one end tag: its own", () => {
    const content = jsonLdScriptContent(hostilePost);
    const markup = renderToStaticMarkup(
      React.createElement("script", {
        type: "application/ld+json",
        dangerouslySetInnerHTML: { __html: content },
      }),
    );
    expect(markup).toBe(
      `<script type="application/ld+json">${content}</script>`,
    );
    // The HTML tokenizer ends script data at the first `</script` in any case, and `<!--` in it
    // changes how it looks for that end: https://html.spec.whatwg.org/multipage/parsing.html#script-data-state
    expect(markup.match(/<\/script/giu)).toHaveLength(1);
    expect(markup.endsWith("</script>")).toBe(true);
    expect(markup).not.toContain("<!--");
    const inner = markup.slice(markup.indexOf(">") + 1, -"</script>".length);
    expect(JSON.parse(inner)).toStrictEqual(hostilePost);
  });

  test("a meta content attribute cannot be closed by the text in it", () => {
    const markup = renderToStaticMarkup(
      React.createElement("meta", {
        property: "og:title",
        content: HOSTILE_TITLE,
      }),
    );
    // A double-quoted attribute value ends at the first `"`:
    // https://html.spec.whatwg.org/multipage/parsing.html#attribute-value-(double-quoted)-state
    const match = /^<meta property="og:title" content="([^"]*)"\/>$/u.exec(
      markup,
    );
    expect(match).not.toBeNull();
    const attribute = match?.[1] ?? "";
    expect(attribute).toContain("&quot;hi&quot;");
    expect(attribute).toContain("&amp;");
    expect(attribute).not.toMatch(/[<>]/u);
    expect(unescapeAttribute(attribute)).toBe(HOSTILE_TITLE);
  });
});
