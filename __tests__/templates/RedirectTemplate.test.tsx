import { render, screen } from "@testing-library/react";
import React from "react";
import RedirectTemplate, { Head } from "../../src/templates/RedirectTemplate";
import { pageProps } from "../helpers/pageProps";
import { renderHead } from "../helpers/renderHead";

const context = { to: "/2024-06-20-hangul-글/", title: "한글 주소" };
const ENCODED = "/2024-06-20-hangul-%EA%B8%80/";

test("a reader whose browser does not follow the refresh sees where the post went, as a link", () => {
  render(<RedirectTemplate {...pageProps({}, context, "/옛날-주소/")} />);
  expect(
    screen.getByRole("heading", { level: 1, name: "주소가 바뀌었습니다" }),
  ).toBeInTheDocument();
  expect(
    screen.getByText(/이 글은 새 주소로 옮겼습니다:/u),
  ).toBeInTheDocument();
  expect(screen.getByRole("link", { name: "한글 주소" })).toHaveAttribute(
    "href",
    ENCODED,
  );
});

test("Head: an immediate refresh to the post, its canonical URL, and no indexing of the old path", () => {
  const head = renderHead(<Head {...pageProps({}, context, "/옛날-주소/")} />);
  expect(head.querySelector("title")?.textContent).toBe(
    "한글 주소 | 개발 일기",
  );
  expect(head.querySelector('meta[http-equiv="refresh"]')).toHaveAttribute(
    "content",
    `0; url=${ENCODED}`,
  );
  expect(head.querySelector('link[rel="canonical"]')).toHaveAttribute(
    "href",
    `https://example.com${ENCODED}`,
  );
  expect(head.querySelector('meta[name="robots"]')).toHaveAttribute(
    "content",
    "noindex",
  );
});
