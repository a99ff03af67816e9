import {
  pageDataUrl,
  pageUrl,
} from "../../../../scripts/bench/develop/pageDataUrl";

describe("where gatsby develop serves a page and its data", () => {
  const origin = "http://127.0.0.1:8123";

  test.each([
    [
      "/bench/00051-서버/",
      "http://127.0.0.1:8123/page-data/bench/00051-%EC%84%9C%EB%B2%84/page-data.json",
    ],
    [
      "bench/00051-서버",
      "http://127.0.0.1:8123/page-data/bench/00051-%EC%84%9C%EB%B2%84/page-data.json",
    ],
    ["/", "http://127.0.0.1:8123/page-data/index/page-data.json"],
  ])("%s → its page-data.json, Hangul percent-encoded", (path, url) => {
    expect(pageDataUrl(origin, path)).toBe(url);
  });

  test("the page itself with the trailing slash", () => {
    expect(pageUrl(origin, "/bench/00051-서버")).toBe(
      "http://127.0.0.1:8123/bench/00051-%EC%84%9C%EB%B2%84/",
    );
    expect(pageUrl(origin, "/")).toBe("http://127.0.0.1:8123/");
  });

  test("the encoded path decodes back to the folder Gatsby writes", () => {
    const url = pageDataUrl(origin, "/bench/00003-데이터");
    expect(decodeURI(new URL(url).pathname)).toBe(
      "/page-data/bench/00003-데이터/page-data.json",
    );
  });
});
