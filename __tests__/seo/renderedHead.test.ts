import React from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { jsonLdScriptContent } from "../../src/seo/jsonLd";
import { metaTags } from "../../src/seo/metaTags";
import {
  SITE,
  HOSTILE_TITLE,
  HOSTILE_CATEGORY,
  HOSTILE_DESCRIPTION,
  HOSTILE_TAGS,
  hostilePost,
} from "../helpers/hostile";

const CARD = {
  url: `${SITE}/og/abc123.png`,
  width: 1200,
  height: 630,
  alt: `${HOSTILE_TITLE} — 개발 일기`,
};

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
    image: CARD,
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
      { property: "og:image", content: CARD.url },
      { property: "og:image:width", content: "1200" },
      { property: "og:image:height", content: "630" },
      { property: "og:image:alt", content: CARD.alt },
      { name: "twitter:card", content: "summary_large_image" },
      { name: "twitter:title", content: HOSTILE_TITLE },
      { name: "twitter:description", content: HOSTILE_DESCRIPTION },
      { name: "twitter:image", content: CARD.url },
      { name: "twitter:image:alt", content: CARD.alt },
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
      image: CARD,
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
      image: CARD,
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
