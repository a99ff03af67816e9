import { render, screen, within } from "@testing-library/react";
import React from "react";
import ListingTemplate from "../../src/templates/ListingTemplate";
import { pageProps } from "../helpers/pageProps";
import type { ListingPageContext, PostCardData } from "../../src/site/types";

const card = (slug: string, title: string, date: string): PostCardData => ({
  url: `/${slug}/`,
  title,
  date,
  draft: false,
  description: null,
  excerpt: `${title} 요약`,
  readingMinutes: 1,
  category: null,
  tags: [],
});

const context = (
  overrides: Partial<ListingPageContext>,
): ListingPageContext => ({
  posts: [
    card("new", "새 글", "2024-01-01"),
    card("old", "오래된 글", "2019-01-01"),
  ],
  listing: { kind: "home" },
  page: 1,
  pageCount: 1,
  basePath: "/",
  ...overrides,
});

describe("ListingTemplate", () => {
  test("lists the page's posts in the order the build chose, newest first", () => {
    render(<ListingTemplate {...pageProps({}, context({}))} />);
    const items = within(
      screen.getByRole("list", { name: "글 목록" }),
    ).getAllByRole("listitem");
    expect(
      items.map((item) => within(item).getByRole("heading").textContent),
    ).toEqual(["새 글", "오래된 글"]);
    expect(screen.getByRole("link", { name: "오래된 글" })).toHaveAttribute(
      "href",
      "/old/",
    );
  });

  test("a category page says which category and links to its next page", () => {
    render(
      <ListingTemplate
        {...pageProps(
          {},
          context({
            listing: { kind: "category", name: "일상" },
            pageCount: 2,
            basePath: "/category/일상/",
          }),
        )}
      />,
    );
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(
      "카테고리: 일상",
    );
    expect(screen.getByRole("link", { name: /지난 글/u })).toHaveAttribute(
      "href",
      "/category/일상/page/2/",
    );
  });

  test("an empty blog says there is nothing yet", () => {
    render(<ListingTemplate {...pageProps({}, context({ posts: [] }))} />);
    expect(screen.getByText("아직 글이 없습니다.")).toBeInTheDocument();
  });
});
