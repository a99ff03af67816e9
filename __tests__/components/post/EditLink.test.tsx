import React from "react";
import { render, screen } from "@testing-library/react";
import { EditLink } from "../../../src/components/post/EditLink";

test("names where it leads and goes to the post's file in GitHub's editor", () => {
  const href =
    "https://github.com/kim/blog/edit/main/content/posts/%EB%A9%94%EB%AA%A8.md";
  render(<EditLink href={href} />);
  expect(
    screen.getByRole("link", { name: "GitHub에서 고치기" }),
  ).toHaveAttribute("href", href);
});
