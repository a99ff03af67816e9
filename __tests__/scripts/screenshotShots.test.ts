import {
  SEARCH_QUERY,
  SHOT_PAGES,
  shotFile,
  shotList,
} from "../../scripts/docs/shots";

describe("the README's screenshots", () => {
  it("name each file after its page, theme and width", () => {
    expect(shotFile("home", "light", 1280)).toBe("home-light-1280.png");
    expect(shotFile("post", "dark", 360)).toBe("post-dark-360.png");
  });

  it("picture home, a post and search results in light and dark at 360 and 1280 px", () => {
    expect(shotList().map((shot) => shot.file)).toEqual([
      "home-light-360.png",
      "home-light-1280.png",
      "home-dark-360.png",
      "home-dark-1280.png",
      "post-light-360.png",
      "post-light-1280.png",
      "post-dark-360.png",
      "post-dark-1280.png",
      "search-light-360.png",
      "search-light-1280.png",
      "search-dark-360.png",
      "search-dark-1280.png",
    ]);
  });

  it("give every shot its own file", () => {
    const files = shotList().map((shot) => shot.file);
    expect(new Set(files).size).toBe(files.length);
  });

  it("search with a Korean query in the URL and wait for the count of results", () => {
    const search = SHOT_PAGES.find((page) => page.name === "search");
    expect(search?.path).toBe(`/search/?q=${SEARCH_QUERY}`);
    expect(SEARCH_QUERY).toMatch(/^\p{Script=Hangul}+$/u);
    expect(search?.readyStatus?.test("“메모”에 맞는 글 3개")).toBe(true);
    expect(search?.readyStatus?.test("찾는 중…")).toBe(false);
  });
});
