import { render, screen } from "@testing-library/react";
import React from "react";
import PostTemplate, { Head } from "../../src/templates/PostTemplate";
import { pageProps } from "../helpers/pageProps";

const data: Queries.PostTemplateQuery = {
  markdownRemark: {
    html: "<p>핵심개발 집중 가능&lt;&lt;</p>",
    excerpt: "요약",
    fields: {
      post: {
        title: "2019 AWS Summit Seoul 메모",
        date: "2019-04-17",
        updated: "2019-05-01",
        draft: false,
        description: null,
        category: { name: "Diary", url: "/category/diary/" },
        tags: [{ name: "AWS", url: "/tag/aws/" }],
      },
    },
  },
};
const context = {
  id: "1",
  previous: { title: "더 오래된 글", url: "/older/" },
  next: null,
};

describe("PostTemplate", () => {
  test("shows the title, the author's date, the links and the body as text", () => {
    render(<PostTemplate {...pageProps(data, context)} />);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(
      "2019 AWS Summit Seoul 메모",
    );
    const published = screen.getByText("2019년 4월 17일");
    expect(published.tagName).toBe("TIME");
    expect(published).toHaveAttribute("datetime", "2019-04-17");
    expect(screen.getByText("2019년 5월 1일")).toHaveAttribute(
      "datetime",
      "2019-05-01",
    );
    expect(screen.getByRole("link", { name: "Diary" })).toHaveAttribute(
      "href",
      "/category/diary/",
    );
    expect(screen.getByRole("link", { name: "#AWS" })).toHaveAttribute(
      "href",
      "/tag/aws/",
    );
    expect(screen.getByText("핵심개발 집중 가능<<")).toBeInTheDocument();
    expect(
      screen.getByRole("link", { name: "이전 글 더 오래된 글" }),
    ).toHaveAttribute("href", "/older/");
    expect(screen.queryByText("다음 글")).not.toBeInTheDocument();
  });

  test("Head gives the title with the site name and a percent-encoded canonical URL", () => {
    const { container } = render(
      <Head
        {...pageProps(data, context, "/2019-04-17-AWS-Summit-Seoul-메모/")}
      />,
    );
    expect(container.querySelector("title")?.textContent).toBe(
      "2019 AWS Summit Seoul 메모 | 개발 일기",
    );
    expect(container.querySelector('link[rel="canonical"]')).toHaveAttribute(
      "href",
      "https://example.com/2019-04-17-AWS-Summit-Seoul-%EB%A9%94%EB%AA%A8/",
    );
    expect(container.querySelector('meta[name="description"]')).toHaveAttribute(
      "content",
      "요약",
    );
  });
});
