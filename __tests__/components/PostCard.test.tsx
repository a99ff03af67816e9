import { render, screen } from "@testing-library/react";
import React from "react";
import { PostCard } from "../../src/components/PostCard";
import type { PostCardData } from "../../src/site/types";

const card = (post: Partial<PostCardData>): PostCardData => ({
  url: "/2019-04-17-AWS-Summit-Seoul-메모/",
  title: "2019 AWS Summit Seoul 메모",
  date: "2019-04-17",
  draft: false,
  description: null,
  excerpt: "본문에서 뽑은 요약",
  readingMinutes: 4,
  category: { name: "Diary", slug: "diary", url: "/category/diary/" },
  tags: [],
  ...post,
});

describe("PostCard", () => {
  test("links the title to the post's Hangul URL and shows date and category", () => {
    render(<PostCard post={card({})} />);
    expect(
      screen.getByRole("link", { name: "2019 AWS Summit Seoul 메모" }),
    ).toHaveAttribute("href", "/2019-04-17-AWS-Summit-Seoul-메모/");
    expect(screen.getByText("2019년 4월 17일")).toHaveAttribute(
      "datetime",
      "2019-04-17",
    );
    expect(screen.getByRole("link", { name: "Diary" })).toHaveAttribute(
      "href",
      "/category/diary/",
    );
    expect(screen.getByText("본문에서 뽑은 요약")).toBeInTheDocument();
    expect(screen.getByText(/4분/u)).toBeInTheDocument();
  });

  test("prefers the author's description to the excerpt and marks drafts", () => {
    render(
      <PostCard post={card({ description: "직접 쓴 설명", draft: true })} />,
    );
    expect(screen.getByText("직접 쓴 설명")).toBeInTheDocument();
    expect(screen.queryByText("본문에서 뽑은 요약")).not.toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("초안");
  });

  test("shows the category first and then every tag as a chip linking to its listing", () => {
    render(
      <PostCard
        post={card({
          tags: [
            { name: "AWS", slug: "aws", url: "/tags/aws/" },
            { name: "서버리스", slug: "서버리스", url: "/tags/서버리스/" },
          ],
        })}
      />,
    );
    const chips = screen.getAllByRole("listitem").map((item) => ({
      name: item.textContent,
      href: item.querySelector("a")?.getAttribute("href"),
    }));
    expect(chips).toEqual([
      { name: "Diary", href: "/category/diary/" },
      { name: "#AWS", href: "/tags/aws/" },
      { name: "#서버리스", href: "/tags/서버리스/" },
    ]);
  });

  test("has no empty chip list for a post with neither category nor tags", () => {
    render(<PostCard post={card({ category: null })} />);
    expect(screen.queryByRole("list")).not.toBeInTheDocument();
  });
});
