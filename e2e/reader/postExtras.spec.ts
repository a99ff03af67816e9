import { encoded, expect, SEED_PATH, test } from "../fixtures";

/** What a reader can do after a post, and the table of contents that follows on wide screens. */

const LAMBDA = "/2024-03-10-서버리스-이미지-리사이즈/";

test("링크 복사 puts the post's canonical URL on the clipboard and says so", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(encoded(LAMBDA));
  const share = page.getByRole("region", { name: "공유" });
  await share.getByRole("button", { name: "링크 복사" }).click();
  await expect(share.getByRole("status")).toHaveText("링크를 복사했습니다");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `https://example.com${encodeURI(LAMBDA)}`,
  );
  // Share links are plain links to each site, reachable by keyboard.
  for (const site of ["X", "Facebook", "LinkedIn"]) {
    const link = share.getByRole("link", { name: new RegExp(`^${site}`, "u") });
    await link.focus();
    await expect(link).toBeFocused();
  }
});

test("from 1200 px the 목차 stays beside the text and marks the section being read", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(encoded(SEED_PATH));
  const toc = page.getByRole("navigation", { name: "목차" });
  const body = page.locator(".post-body");
  const [tocBox, bodyBox] = [await toc.boundingBox(), await body.boundingBox()];
  // Beside the text, not above it.
  expect(tocBox && bodyBox && tocBox.x >= bodyBox.x + bodyBox.width).toBe(true);
  const headings = page.locator(".post-body h2");
  const last = headings.last();
  await last.scrollIntoViewIfNeeded();
  const id = await last.getAttribute("id");
  await expect(toc.locator('a[aria-current="true"]')).toHaveCount(1);
  await expect(toc.locator('a[aria-current="true"]')).toHaveAttribute(
    "href",
    `#${encodeURIComponent(id ?? "")}`,
  );
  // Still on screen after the scroll.
  const after = await toc.boundingBox();
  expect(after && after.y >= 0 && after.y < 800).toBe(true);
});

test("below 1200 px the 목차 stays where it was, above the text", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto(encoded(SEED_PATH));
  const toc = await page
    .getByRole("navigation", { name: "목차" })
    .boundingBox();
  const body = await page.locator(".post-body").boundingBox();
  expect(toc && body && toc.y + toc.height <= body.y).toBe(true);
});
