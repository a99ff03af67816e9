import { fireEvent, render, screen, within } from "@testing-library/react";
import { useStaticQuery, type PageProps } from "gatsby";
import React from "react";
import { Search } from "../../src/components/Search";
import type { SearchClient } from "../../src/search/client";
import { searchFilesFor } from "../../src/search/buildIndex";
import SearchPage from "../../src/pages/search";
import { pageProps } from "../helpers/pageProps";
import { readMarkdownDirs, searchFixtureDirs } from "../helpers/searchIndex";

const files = new Map(
  searchFilesFor(readMarkdownDirs(searchFixtureDirs), false).map((f) => [
    f.path,
    f.content,
  ]),
);
const requested: string[] = [];

// jsdom has no fetch: the page's client gets the files built above, as a server would send them.
beforeAll(() => {
  // The header's links to standalone pages (src/hooks/useStandalonePages.ts): none here.
  jest
    .mocked(useStaticQuery)
    .mockReturnValue({ allMarkdownRemark: { nodes: [] } });
  Object.defineProperty(global, "fetch", {
    configurable: true,
    value: jest.fn(async (input: string) => {
      const path = decodeURI(input);
      requested.push(path);
      const body = files.get(path);
      return {
        ok: body !== undefined,
        status: body === undefined ? 404 : 200,
        json: async () => JSON.parse(body ?? "null"),
      };
    }),
  });
});

function renderPage(search: string) {
  const props: PageProps = pageProps({}, {}, "/search/");
  return render(
    <SearchPage {...props} location={{ ...props.location, search }} />,
  );
}

describe("the search page", () => {
  // First: the page keeps its loaded client for the rest of the file.
  test("downloads nothing before the reader searches, and has no second search box", async () => {
    requested.length = 0;
    renderPage("");
    expect(screen.getAllByRole("searchbox")).toHaveLength(1);
    expect(await screen.findByRole("status")).toHaveTextContent(/초성/u);
    expect(requested).toEqual([]);
    fireEvent.focus(screen.getByRole("searchbox"));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(requested).toEqual(["/search-index/meta.json"]);
  });

  test("shows the results of the query in the URL, with the match marked", async () => {
    renderPage(`?q=${encodeURIComponent("서버리스는")}`);
    expect(screen.getByRole("searchbox", { name: "글 검색" })).toHaveValue(
      "서버리스는",
    );
    const region = screen.getByRole("region", { name: "검색 결과" });
    const link = await within(region).findByRole("link", {
      name: "Lambda로 만드는 서버리스 이미지 리사이즈: 삽질 기록",
    });
    expect(link).toHaveAttribute(
      "href",
      "/search/2024-03-10-서버리스-이미지-리사이즈/",
    );
    expect(within(link).getByText("서버리스").tagName).toBe("MARK");
    expect(within(region).getByRole("status")).toHaveTextContent(
      "“서버리스는”에 맞는 글 2개",
    );
    const items = within(region).getAllByRole("listitem");
    expect(items[0]).toHaveTextContent("2024년 3월 10일");
    expect(items[0]).toHaveTextContent("개발");
    // the snippet, once the post's text has arrived
    expect(
      await within(items[1] as HTMLElement).findByText(/세션이 가장 붐볐다/u),
    ).toBeInTheDocument();
  });

  test("says so when nothing matches, and keeps the query in the URL as it changes", async () => {
    const replace = jest.spyOn(window.history, "replaceState");
    renderPage("");
    const box = screen.getByRole("searchbox", { name: "글 검색" });
    fireEvent.change(box, { target: { value: "블록체인" } });
    expect(
      await screen.findByText("“블록체인”에 맞는 글이 없습니다."),
    ).toBeInTheDocument();
    expect(replace.mock.lastCall?.[2]).toBe(
      `/search/?q=${encodeURIComponent("블록체인")}`,
    );
  });
});

describe("typing with a Korean IME", () => {
  test("searches once a syllable is composed, not on each half-made form", async () => {
    const queries: string[] = [];
    const client: SearchClient = {
      preload: async () => undefined,
      search: async (query) => {
        queries.push(query);
        return { query, words: [], hits: [] };
      },
      text: async () => ({ description: "", body: "" }),
    };
    render(<Search initialQuery="" load={async () => client} />);
    const box = screen.getByRole("searchbox");
    fireEvent.compositionStart(box);
    for (const value of ["ㅅ", "서", "섭"])
      fireEvent.change(box, { target: { value } });
    fireEvent.change(box, { target: { value: "서버" } });
    fireEvent.compositionEnd(box);
    await screen.findByText("“서버”에 맞는 글이 없습니다.");
    expect(queries).toEqual(["서버"]);
  });
});
