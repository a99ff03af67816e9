import { encoded, expect, test } from "../fixtures";

const FIRST = "Hangul URLs that survive every server";
const SECOND = "TypeScript 5.9에서 눈여겨본 변경점";

test("a post in a series shows its place and list, leads to the next part and to the series page", async ({
  page,
}) => {
  await page.goto(encoded("/2024-06-20-hangul-urls/"));
  const box = page.getByRole("complementary", { name: "시리즈" });
  await expect(box.getByLabel("2편 중 1편")).toHaveText("1/2");
  await expect(box.getByRole("link", { name: FIRST })).toHaveAttribute(
    "aria-current",
    "page",
  );
  const nav = page.getByRole("navigation", {
    name: "시리즈의 이전 글과 다음 글",
  });
  await expect(nav.getByRole("link", { name: /^시리즈 이전 글/u })).toHaveCount(
    0,
  );
  // By keyboard, as a reader without a mouse goes on to the next part.
  const next = nav.getByRole("link", { name: `시리즈 다음 글 ${SECOND}` });
  await next.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SECOND);
  await expect(
    page
      .getByRole("complementary", { name: "시리즈" })
      .getByLabel("2편 중 2편"),
  ).toBeVisible();

  await page
    .getByRole("complementary", { name: "시리즈" })
    .getByRole("link", { name: "블로그 만들기" })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "시리즈: 블로그 만들기",
  );
  // Oldest first: a series is read from its start.
  await expect(
    page.getByRole("list", { name: "글 목록" }).getByRole("heading"),
  ).toHaveText([FIRST, SECOND]);
  await page.getByRole("link", { name: "모든 시리즈" }).click();
  await expect(page).toHaveURL(/\/series\/$/u);
});

test("/series/ lists every series with its number of posts", async ({
  page,
}) => {
  await page.goto("/series/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("시리즈");
  await expect(page.getByRole("listitem")).toContainText([
    "블로그 만들기 (글 2개)",
  ]);
});
