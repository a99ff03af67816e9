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
  expect(screen.getByRole("link", { name: "일상" })).toHaveAttribute(
    "href",
    "/category/일상/",
  );
  expect(screen.getByText("(글 4개)")).toBeInTheDocument();
  expect(screen.getByRole("link", { name: "Dev Ops" })).toHaveAttribute(
    "href",
    "/category/dev-ops/",
  );
});
