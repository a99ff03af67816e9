import { render, screen } from "@testing-library/react";
import React from "react";
import { TermLinks } from "../../src/components/TermLinks";

test("links the category and every tag to their listings", () => {
  render(
    <TermLinks
      category={{ name: "개발", url: "/category/개발/" }}
      tags={[
        { name: "AWS", url: "/tag/aws/" },
        { name: "서버리스", url: "/tag/서버리스/" },
      ]}
    />,
  );
  expect(screen.getByRole("link", { name: "개발" })).toHaveAttribute(
    "href",
    "/category/개발/",
  );
  expect(screen.getByRole("link", { name: "#AWS" })).toHaveAttribute(
    "href",
    "/tag/aws/",
  );
  expect(screen.getByRole("link", { name: "#서버리스" })).toHaveAttribute(
    "href",
    "/tag/서버리스/",
  );
});

test("a page without category or tags shows neither label", () => {
  render(<TermLinks category={null} tags={[]} />);
  expect(screen.queryByText("카테고리")).not.toBeInTheDocument();
  expect(screen.queryByText("태그")).not.toBeInTheDocument();
});
