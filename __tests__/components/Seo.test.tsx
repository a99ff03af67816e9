import React from "react";
import { Seo } from "../../src/components/Seo";
import { renderHead } from "../helpers/renderHead";

// Frontmatter can hold anything; none of it may escape its element.
const TITLE = 'He said "hi" & <b>bye</b></script><script>alert(1)</script>';
const CATEGORY = 'Q&A "따옴표" </script>';
const DESCRIPTION = "<!-- & ' \" --> 서버리스 메모";

function renderSeo() {
  return renderHead(
    <Seo
      title={TITLE}
      description={DESCRIPTION}
      path="/2019-04-17-메모/"
      article={{
        datePublished: "2019-04-17",
        category: CATEGORY,
        tags: ["<tag>"],
      }}
      breadcrumbs={[
        { name: CATEGORY, path: "/category/q-and-a/" },
        { name: TITLE, path: "/2019-04-17-메모/" },
      ]}
    />,
  );
}

test("hostile frontmatter stays text in the title and meta tags", () => {
  const container = renderSeo();
  expect(container.querySelector("title")?.textContent).toBe(
    `${TITLE} | 개발 일기`,
  );
  const meta = (selector: string) =>
    container.querySelector(selector)?.getAttribute("content");
  expect(meta('meta[property="og:title"]')).toBe(TITLE);
  expect(meta('meta[name="description"]')).toBe(DESCRIPTION);
  expect(meta('meta[property="article:section"]')).toBe(CATEGORY);
  expect(container.querySelectorAll("script")).toHaveLength(1);
});

test("the JSON-LD holds the same text and parses back to it", () => {
  const container = renderSeo();
  const script = container.querySelector('script[type="application/ld+json"]');
  expect(script?.innerHTML).not.toMatch(/[<>&]/u);
  const [posting, breadcrumbs] = JSON.parse(script?.textContent ?? "[]");
  expect(posting).toMatchObject({
    "@type": "BlogPosting",
    headline: TITLE,
    description: DESCRIPTION,
    articleSection: CATEGORY,
    datePublished: "2019-04-17",
  });
  expect(
    breadcrumbs.itemListElement.map((item: { name: string }) => item.name),
  ).toEqual(["홈", CATEGORY, TITLE]);
});

test("the canonical URL is absolute and percent-encoded", () => {
  const container = renderSeo();
  expect(container.querySelector('link[rel="canonical"]')).toHaveAttribute(
    "href",
    "https://example.com/2019-04-17-%EB%A9%94%EB%AA%A8/",
  );
});

test("the home page describes the site as a WebSite", () => {
  const container = renderHead(<Seo path="/" />);
  expect(container.querySelector("title")?.textContent).toBe("개발 일기");
  const data = JSON.parse(
    container.querySelector("script")?.textContent ?? "[]",
  );
  expect(data[0]).toMatchObject({
    "@type": "WebSite",
    url: "https://example.com/",
  });
});
