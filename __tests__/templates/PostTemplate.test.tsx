import { render, screen, within } from "@testing-library/react";
import React from "react";
import PostTemplate, { Head } from "../../src/templates/PostTemplate";
import { pageProps } from "../helpers/pageProps";
import { renderHead } from "../helpers/renderHead";

const post = {
  title: "2019 AWS Summit Seoul 메모",
  url: "/2019-04-17-AWS-Summit-Seoul-메모/",
  lang: null,
  date: "2019-04-17",
  updated: "2019-05-01",
  draft: false,
  description: null,
  excerpt: "(AWS Summit 후기 메모) 청강한 강연 목록…",
  readingMinutes: 4,
  category: { name: "Diary", url: "/category/diary/" },
  tags: [{ name: "AWS", url: "/tag/aws/" }],
};

/** The body as gatsby-remark-autolink-headers leaves it, with `headings` <h2>s. */
const data = (headings: number): Queries.PostTemplateQuery => ({
  markdownRemark: {
    html: [
      "<p>핵심개발 집중 가능&lt;&lt;</p>",
      ...Array.from(
        { length: headings },
        (_, i) =>
          `<h2 id="개발자는-${i}"><a href="#%EA%B0%9C%EB%B0%9C%EC%9E%90%EB%8A%94-${i}" aria-label="permalink" class="anchor before"><svg></svg></a>개발자는 개발만 할 수 없을까? ${i}</h2>`,
      ),
    ].join(""),
    fields: {
      sourceFile: "content/posts/2019-04-17-AWS-Summit-Seoul-메모.md",
      post,
    },
  },
});
const context = {
  id: "1",
  previous: { title: "더 오래된 글", url: "/older/" },
  next: null,
  related: [
    { title: "람다로 이미지 줄이기", url: "/lambda/", date: "2024-03-10" },
  ],
  series: null,
  scheduled: false,
};

describe("PostTemplate", () => {
  test("shows the title, the author's date, reading time, the links and the body as text", () => {
    render(<PostTemplate {...pageProps(data(5), context)} />);
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
    expect(screen.getByText("4분")).toBeInTheDocument();
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

  test("after the text, the related posts under 관련 글, each with its date", () => {
    render(<PostTemplate {...pageProps(data(2), context)} />);
    const related = screen.getByRole("region", { name: "관련 글" });
    expect(
      within(related).getByRole("link", { name: "람다로 이미지 줄이기" }),
    ).toHaveAttribute("href", "/lambda/");
    expect(within(related).getByText("2024년 3월 10일")).toHaveAttribute(
      "datetime",
      "2024-03-10",
    );
    const article = screen.getByRole("article");
    expect(
      article.compareDocumentPosition(related) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });

  test("after the text: 링크 복사 with the canonical URL, share links, and who writes it", () => {
    render(<PostTemplate {...pageProps(data(2), context)} />);
    const share = screen.getByRole("region", { name: "공유" });
    const canonical =
      "https://example.com/2019-04-17-AWS-Summit-Seoul-%EB%A9%94%EB%AA%A8/";
    expect(
      within(share).getByRole("button", { name: "링크 복사" }),
    ).toHaveAttribute("data-url", canonical);
    expect(
      within(share).getByRole("link", { name: /^X X에 공유/u }),
    ).toHaveAttribute(
      "href",
      `https://x.com/intent/post?url=${encodeURIComponent(canonical)}&text=${encodeURIComponent(post.title)}`,
    );
    // The Web Share button waits for the browser to say it has the API.
    expect(
      within(share).queryByRole("button", { name: "공유하기" }),
    ).not.toBeInTheDocument();
    expect(within(share).getByRole("status")).toBeEmptyDOMElement();
    expect(screen.getByRole("region", { name: "글쓴이" })).toHaveTextContent(
      "블로그 주인",
    );
  });

  test("a post in a series: its name, place and list before the text, its neighbours after", () => {
    const series = {
      name: "쿠버네티스 입문기",
      url: "/series/쿠버네티스-입문기/",
      posts: ["설치", "파드", "서비스", "인그레스"].map((t) => ({
        title: t,
        url: `/k8s-${t}/`,
      })),
      index: 1,
    };
    render(<PostTemplate {...pageProps(data(2), { ...context, series })} />);
    const box = screen.getByRole("complementary", { name: "시리즈" });
    expect(
      within(box).getByRole("link", { name: "쿠버네티스 입문기" }),
    ).toHaveAttribute("href", "/series/쿠버네티스-입문기/");
    expect(within(box).getByLabelText("4편 중 2편")).toHaveTextContent("2/4");
    expect(within(box).getByRole("link", { name: "파드" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    expect(within(box).getByRole("link", { name: "설치" })).not.toHaveAttribute(
      "aria-current",
    );
    // Before the text, the series' own previous and next after it.
    const body = screen.getByText("핵심개발 집중 가능<<");
    expect(
      box.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    const nav = screen.getByRole("navigation", {
      name: "시리즈의 이전 글과 다음 글",
    });
    expect(
      within(nav).getByRole("link", { name: "시리즈 이전 글 설치" }),
    ).toHaveAttribute("href", "/k8s-설치/");
    expect(
      within(nav).getByRole("link", { name: "시리즈 다음 글 서비스" }),
    ).toHaveAttribute("href", "/k8s-서비스/");
  });

  test("a long series folds its list; the first post has no series 이전 글", () => {
    const series = {
      name: "긴 시리즈",
      url: "/series/긴-시리즈/",
      posts: Array.from({ length: 8 }, (_, i) => ({
        title: `${i + 1}편`,
        url: `/long-${i + 1}/`,
      })),
      index: 0,
    };
    const { container } = render(
      <PostTemplate {...pageProps(data(2), { ...context, series })} />,
    );
    const details = container.querySelector(".series details");
    expect(details).not.toHaveAttribute("open");
    expect(details?.querySelector("summary")).toHaveTextContent(
      "시리즈의 글 8편 모두 보기",
    );
    expect(screen.queryByText("시리즈 이전 글")).not.toBeInTheDocument();
    expect(screen.getByText("시리즈 다음 글")).toBeInTheDocument();
  });

  test("a post in English: its article says so, and its dates are written in English", () => {
    const english: Queries.PostTemplateQuery = {
      markdownRemark: {
        html: "<p>Hello.</p>",
        fields: {
          sourceFile: "content/posts/notes-in-english.md",
          post: { ...post, lang: "en" },
        },
      },
    };
    render(<PostTemplate {...pageProps(english, context)} />);
    expect(screen.getByRole("article")).toHaveAttribute("lang", "en");
    expect(screen.getByText("April 17, 2019")).toHaveAttribute(
      "datetime",
      "2019-04-17",
    );
  });

  test("no related posts, no empty heading", () => {
    render(
      <PostTemplate {...pageProps(data(2), { ...context, related: [] })} />,
    );
    expect(screen.queryByText("관련 글")).not.toBeInTheDocument();
  });

  test("a post with several headings gets a table of contents, a short one does not", () => {
    const { unmount } = render(
      <PostTemplate {...pageProps(data(5), context)} />,
    );
    const toc = screen.getByRole("navigation", { name: "목차" });
    const entry = screen.getByRole("link", {
      name: "개발자는 개발만 할 수 없을까? 3",
    });
    expect(toc).toContainElement(entry);
    expect(entry).toHaveAttribute(
      "href",
      "#%EA%B0%9C%EB%B0%9C%EC%9E%90%EB%8A%94-3",
    );
    expect(toc.querySelectorAll("li")).toHaveLength(5);
    unmount();
    render(<PostTemplate {...pageProps(data(2), context)} />);
    expect(
      screen.queryByRole("navigation", { name: "목차" }),
    ).not.toBeInTheDocument();
  });

  test("Head: title with the site name, encoded canonical URL, excerpt as description, JSON-LD", () => {
    const container = renderHead(
      <Head
        {...pageProps(data(0), context, "/2019-04-17-AWS-Summit-Seoul-메모/")}
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
      post.excerpt,
    );
    const ld = JSON.parse(
      container.querySelector("script")?.textContent ?? "[]",
    );
    expect(ld.map((item: { "@type": string }) => item["@type"])).toEqual([
      "BlogPosting",
      "BreadcrumbList",
    ]);
    expect(ld[0]).toMatchObject({
      datePublished: "2019-04-17",
      dateModified: "2019-05-01",
    });
  });
});
