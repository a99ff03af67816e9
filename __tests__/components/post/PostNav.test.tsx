import { render, screen } from "@testing-library/react";
import React from "react";
import { PostNav } from "../../../src/components/post/PostNav";

describe("PostNav", () => {
  test("labels the older post 이전 글 and the newer one 다음 글", () => {
    render(
      <PostNav
        previous={{ title: "오래된 글", url: "/old/" }}
        next={{ title: "새 글", url: "/new/" }}
      />,
    );
    expect(
      screen.getByRole("link", { name: "이전 글 오래된 글" }),
    ).toHaveAttribute("href", "/old/");
    expect(screen.getByRole("link", { name: "다음 글 새 글" })).toHaveAttribute(
      "href",
      "/new/",
    );
  });

  test("the newest post has only a previous link; a lone post none at all", () => {
    const { rerender } = render(
      <PostNav previous={{ title: "옛 글", url: "/old/" }} next={null} />,
    );
    expect(screen.getAllByRole("link")).toHaveLength(1);
    rerender(<PostNav previous={null} next={null} />);
    expect(screen.queryByRole("navigation")).not.toBeInTheDocument();
  });
});
