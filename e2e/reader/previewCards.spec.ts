import { expect, encoded, test } from "../fixtures";

/**
 * What a link-preview service (KakaoTalk, Slack, X) does with a page: read its og:image and
 * fetch it. The URL names the production host, so its path is fetched from the served build.
 */
async function previewOf(page: import("@playwright/test").Page, path: string) {
  await page.goto(path);
  const meta = (key: string) =>
    page
      .locator(`meta[property="${key}"], meta[name="${key}"]`)
      .first()
      .getAttribute("content");
  return {
    url: new URL((await meta("og:image")) ?? ""),
    width: Number(await meta("og:image:width")),
    height: Number(await meta("og:image:height")),
    card: await meta("twitter:card"),
  };
}

test("a post's preview card and the site's are served as PNG pictures of the size the page states", async ({
  page,
  request,
}) => {
  const post = await previewOf(
    page,
    encoded("/2019-04-17-AWS-Summit-Seoul-메모/"),
  );
  const home = await previewOf(page, "/");
  expect(post.url.pathname).not.toBe(home.url.pathname);
  for (const preview of [post, home]) {
    expect(preview.card).toBe("summary_large_image");
    expect([preview.width, preview.height]).toEqual([1200, 630]);
    const response = await request.get(preview.url.pathname);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    const bytes = await response.body();
    // The PNG header's own width and height (IHDR), as a preview service reads them.
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([
      1200, 630,
    ]);
  }
});
