import { render, screen } from "@testing-library/react";
import React from "react";
import { Pagination } from "../../src/components/Pagination";

describe("Pagination", () => {
  test("a middle page links to the newer and the older page of the same listing", () => {
    render(<Pagination page={2} pageCount={3} basePath="/category/일상/" />);
    const nav = screen.getByRole("navigation", { name: "페이지 목록" });
    expect(nav).toHaveTextContent("3쪽 중 2쪽");
    expect(screen.getByRole("link", { name: /최신 글/u })).toHaveAttribute(
      "href",
      "/category/일상/",
    );
    expect(screen.getByRole("link", { name: /지난 글/u })).toHaveAttribute(
      "href",
      "/category/일상/page/3/",
    );
  });

  test("the first page has no newer link, the last no older one", () => {
    const { rerender } = render(
      <Pagination page={1} pageCount={2} basePath="/" />,
    );
    expect(
      screen.queryByRole("link", { name: /최신 글/u }),
    ).not.toBeInTheDocument();
    expect(screen.getByRole("link", { name: /지난 글/u })).toHaveAttribute(
      "href",
      "/page/2/",
    );
    rerender(<Pagination page={2} pageCount={2} basePath="/" />);
    expect(
      screen.queryByRole("link", { name: /지난 글/u }),
    ).not.toBeInTheDocument();
    expect(screen.getByRole("link", { name: /최신 글/u })).toHaveAttribute(
      "href",
      "/",
    );
  });

  test("a single page needs no page links", () => {
    render(<Pagination page={1} pageCount={1} basePath="/" />);
    expect(screen.queryByRole("navigation")).not.toBeInTheDocument();
  });
});
