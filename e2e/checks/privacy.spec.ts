import { expect, encoded, test } from "../fixtures";

/**
 * A reader of the blog as it ships (no comments or analytics configured) is known to no one but
 * the site: no page asks any other host for anything, not even once it is idle — when an
 * analytics service, were one set, would load (src/browser/analytics.ts).
 */
test("no page asks any other site for anything by default, not even once idle", async ({
  page,
  baseURL,
}) => {
  const own = new URL(baseURL ?? "").host;
  const elsewhere: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol !== "data:" && url.host !== own)
      elsewhere.push(request.url());
  });
  for (const path of [
    "/",
    encoded("/2019-04-17-AWS-Summit-Seoul-메모/"),
    encoded("/2025-02-10-수식과-첨부-파일/"),
    `/search/?q=${encodeURIComponent("서버리스")}`,
  ]) {
    await page.goto(path, { waitUntil: "load" });
    // Past requestIdleCallback's moment on a page with nothing else to do.
    await page.evaluate(
      () =>
        new Promise((done) => requestIdleCallback(() => setTimeout(done, 500))),
    );
  }
  expect(elsewhere).toEqual([]);
  expect(
    await page
      .locator("script[src*='googletagmanager'], script[data-domain]")
      .count(),
  ).toBe(0);
});
