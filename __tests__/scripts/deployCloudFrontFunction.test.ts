import { readFileSync } from "node:fs";
import path from "node:path";

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
const handler = new Function(`${source}\nreturn handler;`)() as Handler;

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
