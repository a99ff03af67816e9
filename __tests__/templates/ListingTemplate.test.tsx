import { render, screen, within } from "@testing-library/react";
import React from "react";
import ListingTemplate from "../../src/templates/ListingTemplate";
import type { ListingPageContext } from "../../src/lib/sitePlan";
import { pageProps } from "../helpers/pageProps";

const node = (id: string, title: string, date: string) => ({
  id,
  fields: {
    post: {
      url: `/${id}/`,
      title,
      date,
      draft: false,
      description: null,
      excerpt: `${title} 요약`,
      readingMinutes: 1,
      category: null,
    },
  },
});

// GraphQL returns the page's posts in store order, not reading order.
const data: Queries.ListingTemplateQuery = {
  allMarkdownRemark: {
    nodes: [
      node("old", "오래된 글", "2019-01-01"),
      node("new", "새 글", "2024-01-01"),
    ],
  },
};

const context = (
  overrides: Partial<ListingPageContext>,
): ListingPageContext => ({
  ids: ["new", "old"],
  listing: { kind: "home" },
  page: 1,
  pageCount: 1,
  basePath: "/",
  ...overrides,
});

describe("ListingTemplate", () => {
  test("lists the page's posts in the order the build chose, newest first", () => {
    render(<ListingTemplate {...pageProps(data, context({}))} />);
    const items = within(
      screen.getByRole("list", { name: "글 목록" }),
    ).getAllByRole("listitem");
    expect(
      items.map((item) => within(item).getByRole("heading").textContent),
    ).toEqual(["새 글", "오래된 글"]);
  });

  test("a category page says which category and links to its next page", () => {
    render(
      <ListingTemplate
        {...pageProps(
          data,
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
    render(
      <ListingTemplate
        {...pageProps(
          { allMarkdownRemark: { nodes: [] } },
          context({ ids: [] }),
        )}
      />,
    );
    expect(screen.getByText("아직 글이 없습니다.")).toBeInTheDocument();
  });
});
