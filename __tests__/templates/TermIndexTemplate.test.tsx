import { render, screen } from "@testing-library/react";
import React from "react";
import TermIndexTemplate from "../../src/templates/TermIndexTemplate";
import { pageProps } from "../helpers/pageProps";

test("the categories index links every category with its count", () => {
  render(
    <TermIndexTemplate
      {...pageProps(
        {},
        {
          kind: "category" as const,
          terms: [
            { name: "일상", slug: "일상", url: "/category/일상/", count: 4 },
            {
              name: "Dev Ops",
              slug: "dev-ops",
              url: "/category/dev-ops/",
              count: 1,
            },
          ],
        },
      )}
    />,
  );
  expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(
    "카테고리",
  );
  // Chips that show the count as a number and say it in words.
  const chip = screen.getByRole("link", { name: "일상 (글 4개)" });
  expect(chip).toHaveAttribute("href", "/category/일상/");
  expect(chip).toHaveClass("chip", "chip-category");
  expect(chip.querySelector("[aria-hidden]")).toHaveTextContent(/^4$/u);
  expect(
    screen.getByRole("link", { name: "Dev Ops (글 1개)" }),
  ).toHaveAttribute("href", "/category/dev-ops/");
});

test("the tags index shows tags as #chips; the series index keeps a line each", () => {
  const terms = [{ name: "AWS", slug: "aws", url: "/tags/aws/", count: 2 }];
  const { unmount } = render(
    <TermIndexTemplate {...pageProps({}, { kind: "tag" as const, terms })} />,
  );
  expect(screen.getByRole("link", { name: "#AWS (글 2개)" })).toHaveClass(
    "chip",
  );
  unmount();
  render(
    <TermIndexTemplate
      {...pageProps(
        {},
        {
          kind: "series" as const,
          terms: [
            { name: "블로그 만들기", slug: "b", url: "/series/b/", count: 2 },
          ],
        },
      )}
    />,
  );
  const link = screen.getByRole("link", { name: "블로그 만들기" });
  expect(link).not.toHaveClass("chip");
  expect(link.closest("li")).toHaveTextContent("블로그 만들기 (글 2개)");
});
