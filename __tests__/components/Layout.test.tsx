import { render, screen } from "@testing-library/react";
import { useStaticQuery } from "gatsby";
import React from "react";
import { Layout } from "../../src/components/Layout";
import { blogConfig } from "../../blog.config";

describe("Layout", () => {
  test("has a skip link to the main landmark, the site title home and the index links", () => {
    render(
      <Layout>
        <p>본문</p>
      </Layout>,
    );
    expect(
      screen.getByRole("link", { name: "본문으로 건너뛰기" }),
    ).toHaveAttribute("href", "#main");
    expect(screen.getByRole("main")).toHaveAttribute("id", "main");
    expect(screen.getByRole("main")).toHaveTextContent("본문");
    expect(
      screen.getByRole("link", { name: blogConfig.title }),
    ).toHaveAttribute("href", "/");
    const nav = screen.getByRole("navigation", { name: "주요 메뉴" });
    expect(nav).toContainElement(
      screen.getByRole("link", { name: "카테고리" }),
    );
    expect(screen.getByRole("link", { name: "카테고리" })).toHaveAttribute(
      "href",
      "/categories/",
    );
    expect(screen.getByRole("link", { name: "태그" })).toHaveAttribute(
      "href",
      "/tags/",
    );
  });
});

test("standalone pages (About, …) are in the header, since no listing links them", () => {
  jest.mocked(useStaticQuery).mockReturnValueOnce({
    allMarkdownRemark: {
      nodes: [{ fields: { post: { title: "소개", url: "/about/" } } }],
    },
  });
  render(
    <Layout>
      <p>본문</p>
    </Layout>,
  );
  const nav = screen.getByRole("navigation", { name: "주요 메뉴" });
  expect(nav).toContainElement(screen.getByRole("link", { name: "소개" }));
  expect(screen.getByRole("link", { name: "소개" })).toHaveAttribute(
    "href",
    "/about/",
  );
});
