import { render, screen, within } from "@testing-library/react";
import React from "react";
import ArchiveTemplate from "../../src/templates/ArchiveTemplate";
import { pageProps } from "../helpers/pageProps";

test("the archive lists posts under their year and month, with counts", () => {
  render(
    <ArchiveTemplate
      {...pageProps(
        {},
        {
          years: [
            {
              year: 2024,
              count: 2,
              months: [
                {
                  month: 5,
                  posts: [
                    { title: "제주 한 달", url: "/jeju/", date: "2024-05-04" },
                  ],
                },
                {
                  month: 3,
                  posts: [
                    {
                      title: "서버리스",
                      url: "/serverless/",
                      date: "2024-03-10",
                    },
                  ],
                },
              ],
            },
            {
              year: 2019,
              count: 1,
              months: [
                {
                  month: 4,
                  posts: [
                    { title: "AWS 메모", url: "/aws/", date: "2019-04-17" },
                  ],
                },
              ],
            },
          ],
        },
      )}
    />,
  );
  expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("보관함");
  const year2024 = screen.getByRole("region", { name: "2024년 (2)" });
  expect(
    within(year2024).getByRole("region", { name: "5월 (1)" }),
  ).toContainElement(screen.getByRole("link", { name: "제주 한 달" }));
  expect(screen.getByRole("link", { name: "AWS 메모" })).toHaveAttribute(
    "href",
    "/aws/",
  );
  expect(screen.getByText("2019년 4월 17일")).toHaveAttribute(
    "datetime",
    "2019-04-17",
  );
});
