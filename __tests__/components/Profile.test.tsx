import { render, screen, within } from "@testing-library/react";
import React from "react";
import { Profile } from "../../src/components/Profile";

const full = {
  name: "김개발",
  bio: "클라우드를 배우며 기록합니다.",
  avatar: "/avatar.png",
  links: {
    github: "https://github.com/kim",
    email: "kim@example.com",
    linkedin: "https://www.linkedin.com/in/kim",
    x: "https://x.com/kim",
    homepage: "https://kim.example.com",
    rss: true,
  },
};

describe("Profile", () => {
  test("a labelled region with the name, the bio and every link named in words", () => {
    render(<Profile profile={full} />);
    const region = screen.getByRole("region", { name: "글쓴이" });
    expect(within(region).getByText("김개발")).toBeInTheDocument();
    expect(
      within(region).getByText("클라우드를 배우며 기록합니다."),
    ).toBeInTheDocument();
    const links = within(region).getAllByRole("link");
    expect(
      links.map((link) => [link.textContent, link.getAttribute("href")]),
    ).toEqual([
      ["GitHub", "https://github.com/kim"],
      ["LinkedIn", "https://www.linkedin.com/in/kim"],
      ["X", "https://x.com/kim"],
      ["홈페이지", "https://kim.example.com"],
      ["이메일", "mailto:kim@example.com"],
      ["RSS 피드", "/rss.xml"],
    ]);
    // Icons are drawn inline and left out of what a screen reader reads.
    for (const link of links) {
      const svg = link.querySelector("svg");
      expect(svg).toHaveAttribute("aria-hidden", "true");
      expect(svg?.querySelector("path")?.getAttribute("d")).toMatch(/^M/u);
    }
  });

  test("the avatar has its size in the markup, smaller in the compact version", () => {
    const { container, unmount } = render(<Profile profile={full} />);
    expect(container.querySelector("img")).toMatchObject({
      width: 96,
      height: 96,
    });
    expect(container.querySelector("img")).toHaveAttribute("alt", "");
    unmount();
    const compact = render(<Profile profile={full} compact />);
    expect(compact.container.querySelector("img")).toMatchObject({
      width: 48,
      height: 48,
    });
  });

  test("without an avatar, the name's first letter; without links, no empty list", () => {
    const { container } = render(<Profile profile={{ name: "Lee" }} />);
    expect(container.querySelector("img")).toBeNull();
    expect(container.querySelector(".profile-initial")).toHaveTextContent("L");
    expect(screen.queryByRole("list")).not.toBeInTheDocument();
  });
});
