import { encoded, expect, SEED_PATH, SEED_TITLE, test } from "../fixtures";

const decodedPath = (url: string) => decodeURI(new URL(url).pathname);

test("home → the seed post by its Hangul URL; reload by the encoded URL; back and forward", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("link", { name: /지난 글/u }).click();
  await expect(page).toHaveURL(/\/page\/2\/$/u);
  await page.getByRole("link", { name: SEED_TITLE }).click();
  expect(decodedPath(page.url())).toBe(SEED_PATH);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SEED_TITLE);
  await expect(page.getByText("핵심개발 집중 가능<<")).toBeVisible();

  const response = await page.goto(encoded(SEED_PATH));
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(`${SEED_TITLE} | 개발 일기`);

  // Loading the same URL again replaces the history entry rather than adding one.
  await page.goBack();
  await expect(page).toHaveURL(/\/page\/2\/$/u);
  await page.goForward();
  expect(decodedPath(page.url())).toBe(SEED_PATH);
});

test("category, tag, next post and archive links lead where they say", async ({
  page,
}) => {
  await page.goto(encoded(SEED_PATH));
  await expect(page.getByRole("link", { name: "이전 글" })).toHaveCount(0);
  await page.getByRole("link", { name: /^다음 글/u }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "「클린 코드」를 5년 만에 다시 읽고",
  );
  await page.getByRole("link", { name: /^이전 글/u }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SEED_TITLE);

  await page.getByRole("link", { name: "Diary", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "카테고리: Diary",
  );
  await expect(page.getByRole("link", { name: SEED_TITLE })).toBeVisible();

  await page.goto(encoded("/tag/서버리스/"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "태그: 서버리스",
  );
  await expect(
    page.getByRole("link", {
      name: "Lambda로 만드는 서버리스 이미지 리사이즈: 삽질 기록",
    }),
  ).toBeVisible();

  await page.getByRole("link", { name: "보관함" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("보관함");
  await expect(page.getByRole("region", { name: "2019년 (1)" })).toContainText(
    SEED_TITLE,
  );
});

test("an unknown URL gets the 404 page with status 404", async ({ page }) => {
  const response = await page.goto(encoded("/없는-페이지/"));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "페이지를 찾을 수 없습니다",
  );
  await expect(
    page.getByRole("link", { name: "홈으로 돌아가기" }),
  ).toHaveAttribute("href", "/");
});

for (const path of [
  "/",
  SEED_PATH,
  "/2024-03-10-서버리스-이미지-리사이즈/",
  "/category/개발/",
  "/archive/",
  // A post in a series, with share links, profile and related posts; the series page.
  "/2024-06-20-hangul-urls/",
  "/series/블로그-만들기/",
]) {
  test(`nothing scrolls sideways at 360 px: ${path}`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(encoded(path));
    const width = await page.evaluate(
      () => document.documentElement.scrollWidth,
    );
    expect(width, `${path} is ${width}px wide`).toBeLessThanOrEqual(360);
  });
}

test("관련 글 after a post offers three other posts, and each leads to its post", async ({
  page,
}) => {
  await page.goto(encoded("/2024-03-10-서버리스-이미지-리사이즈/"));
  const related = page.getByRole("region", { name: "관련 글" });
  const links = related.getByRole("link");
  await expect(links).toHaveCount(3);
  // The only other post of its category (개발) comes first.
  await expect(links.first()).toHaveText("TypeScript 5.9에서 눈여겨본 변경점");
  await links.first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "TypeScript 5.9에서 눈여겨본 변경점",
  );
});

test("a post's URL with decomposed Hangul (NFD) lands on the post, not on 404", async ({
  page,
}) => {
  await page.goto(encoded(SEED_PATH.normalize("NFD")));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SEED_TITLE);
  expect(decodedPath(page.url())).toBe(SEED_PATH);
});
