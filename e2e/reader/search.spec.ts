import { encoded, expect, SEED_PATH, test } from "../fixtures";

const LAMBDA_POST = "Lambda로 만드는 서버리스 이미지 리사이즈: 삽질 기록";

test("reading a post downloads nothing for search", async ({ page }) => {
  const searchRequests: string[] = [];
  page.on("request", (request) => {
    if (/search-index|search/u.test(new URL(request.url()).pathname))
      searchRequests.push(request.url());
  });
  await page.goto(encoded(SEED_PATH));
  await page.mouse.wheel(0, 2000);
  await page.waitForLoadState("networkidle");
  expect(searchRequests).toEqual([]);
});

test("the header box leads to results for a Korean query with a particle; a result opens", async ({
  page,
}) => {
  await page.goto("/");
  await page.keyboard.press("/");
  const box = page.getByRole("searchbox", { name: "글 검색" });
  await expect(box).toBeFocused();
  await box.fill("서버리스는");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\/\?q=/u);
  const results = page.getByRole("region", { name: "검색 결과" });
  await expect(results.getByRole("link", { name: LAMBDA_POST })).toBeVisible();
  await results.getByRole("link", { name: LAMBDA_POST }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(LAMBDA_POST);
});

test("typing on the search page shows results as you go and keeps the query in the URL", async ({
  page,
}) => {
  await page.goto("/search/");
  const box = page.getByRole("searchbox", { name: "글 검색" });
  await box.click();
  await box.pressSequentially("원격근무");
  const results = page.getByRole("region", { name: "검색 결과" });
  await expect(
    results.getByRole("link", { name: "제주 한 달 살기, 첫 주" }),
  ).toBeVisible();
  await expect(page).toHaveURL(
    new RegExp(`q=${encodeURIComponent("원격근무")}`, "u"),
  );
  await page.reload();
  await expect(
    results.getByRole("link", { name: "제주 한 달 살기, 첫 주" }),
  ).toBeVisible();
});

test("words typed before the page's script has arrived are searched once it has", async ({
  page,
}) => {
  // A slow phone: the field is there (server-rendered) well before React takes it over.
  let release = () => {};
  const arrived = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\.js$/u, async (route) => {
    await arrived;
    await route.continue();
  });
  await page.goto("/search/", { waitUntil: "domcontentloaded" });
  const box = page.getByRole("searchbox", { name: "글 검색" });
  await box.fill("원격근무");
  release();
  const results = page.getByRole("region", { name: "검색 결과" });
  await expect(
    results.getByRole("link", { name: "제주 한 달 살기, 첫 주" }),
  ).toBeVisible();
  await expect(box).toHaveValue("원격근무");
  await expect(page).toHaveURL(
    new RegExp(`q=${encodeURIComponent("원격근무")}`, "u"),
  );
});

test("a query that matches nothing says so", async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent("존재하지않는낱말")}`);
  await expect(page.getByRole("region", { name: "검색 결과" })).toContainText(
    "맞는 글이 없습니다",
  );
});
