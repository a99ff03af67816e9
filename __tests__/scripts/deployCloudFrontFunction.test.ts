import { readFileSync } from "node:fs";
import path from "node:path";
import { cloudFrontFunction } from "../../src/site/redirectRules";

/** The CloudFront Function, run as CloudFront runs it: a top-level `handler(event)`. */
type Handler = (event: unknown) => {
  uri?: string;
  statusCode?: number;
  headers?: Record<string, { value: string }>;
};
const source = readFileSync(
  path.resolve("deploy/cloudfront-function.js"),
  "utf8",
);
const handlerOf = (code: string) =>
  new Function(`${code}\nreturn handler;`)() as Handler;
const handler = handlerOf(source);

function request(
  uri: string,
  querystring: Record<string, { value: string }> = {},
) {
  return { request: { uri, querystring, headers: {} } };
}

test.each([
  ["/", "/index.html"],
  [
    "/2019-04-17-AWS-Summit-Seoul-%EB%A9%94%EB%AA%A8/",
    "/2019-04-17-AWS-Summit-Seoul-%EB%A9%94%EB%AA%A8/index.html",
  ],
  [
    "/category/react-%EB%B8%94%EB%A1%9C%EA%B7%B8/page/2/",
    "/category/react-%EB%B8%94%EB%A1%9C%EA%B7%B8/page/2/index.html",
  ],
  ["/app-034974a2eea594946c9e.js", "/app-034974a2eea594946c9e.js"],
  ["/page-data/about/page-data.json", "/page-data/about/page-data.json"],
  ["/404.html", "/404.html"],
])("%s is fetched from the bucket as %s", (uri, key) => {
  expect(handler(request(uri)).uri).toBe(key);
});

test.each([
  ["/about", "/about/", {}],
  [
    "/2024-06-20-hangul-urls",
    "/2024-06-20-hangul-urls/?utm_source=rss",
    { utm_source: { value: "rss" } },
  ],
])("%s without its slash is redirected to %s", (uri, location, query) => {
  const response = handler(request(uri, query));
  expect(response.statusCode).toBe(301);
  expect(response.headers?.location?.value).toBe(location);
});

describe("with the old paths the build fills in", () => {
  const moved = handlerOf(
    cloudFrontFunction(source, [
      { from: "/옛날-주소/", to: "/2024-06-20-hangul-urls/" },
      { from: "/2018/12/old-post/", to: "/메모/" },
    ]),
  );

  test.each([
    ["/%EC%98%9B%EB%82%A0-%EC%A3%BC%EC%86%8C/", "/2024-06-20-hangul-urls/"],
    ["/%EC%98%9B%EB%82%A0-%EC%A3%BC%EC%86%8C", "/2024-06-20-hangul-urls/"],
    ["/2018/12/old-post/", "/%EB%A9%94%EB%AA%A8/"],
  ])("%s is moved permanently to %s", (uri, location) => {
    const response = moved(request(uri));
    expect(response.statusCode).toBe(301);
    expect(response.headers?.location?.value).toBe(location);
  });

  test("the query goes along, and other pages are served as before", () => {
    expect(
      moved(request("/2018/12/old-post/", { ref: { value: "hn" } })).headers
        ?.location?.value,
    ).toBe("/%EB%A9%94%EB%AA%A8/?ref=hn");
    expect(moved(request("/about/")).uri).toBe("/about/index.html");
    expect(moved(request("/toString")).headers?.location?.value).toBe(
      "/toString/",
    );
  });

  test("the function as shipped has no old paths", () => {
    expect(handler(request("/2018/12/old-post/")).uri).toBe(
      "/2018/12/old-post/index.html",
    );
  });
});
