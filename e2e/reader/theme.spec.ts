import {
  encoded,
  expect,
  layoutShift,
  SEED_PATH,
  test,
  watchLayoutShifts,
} from "../fixtures";

const DARK_BACKGROUND = "rgb(13, 17, 23)";
const LIGHT_BACKGROUND = "rgb(255, 255, 255)";

test.use({ colorScheme: "dark" });

test("with a dark system theme the first paint is already dark", async ({
  page,
}) => {
  // Record the page background at the moment <body> starts, before anything can be painted.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      observer.disconnect();
      const seen = window as unknown as { firstBackground?: string };
      seen.firstBackground = getComputedStyle(
        document.documentElement,
      ).backgroundColor;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(encoded(SEED_PATH));
  const first = await page.evaluate(
    () => (window as unknown as { firstBackground?: string }).firstBackground,
  );
  expect(first).toBe(DARK_BACKGROUND);
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
});

test("the toggle switches the theme and the choice survives a reload", async ({
  page,
}) => {
  await page.goto(encoded(SEED_PATH));
  const toggle = page.getByRole("button", { name: /다크 모드/u });
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await toggle.click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  expect(
    await page.evaluate(
      () => getComputedStyle(document.documentElement).backgroundColor,
    ),
  ).toBe(LIGHT_BACKGROUND);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await expect(
    page.getByRole("button", { name: /다크 모드/u }),
  ).toHaveAttribute("aria-pressed", "false");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the toggle, which could do nothing, is not shown, and its place is kept", async ({
    page,
  }) => {
    await page.goto(encoded(SEED_PATH));
    const toggle = page.locator("button.theme-toggle");
    await expect(toggle).toBeHidden();
    // Its slot still takes room in the header: the layout is the one JavaScript readers get.
    const width = await toggle.evaluate(
      (el) => (el as HTMLElement).offsetWidth,
    );
    expect(width).toBeGreaterThan(30);
  });
});

test("the toggle is an icon with a name, shown without moving the header", async ({
  page,
}) => {
  await watchLayoutShifts(page);
  await page.goto("/");
  const toggle = page.getByRole("button", { name: "다크 모드" });
  await expect(toggle).toBeVisible();
  await expect(toggle.locator("svg:visible")).toHaveCount(1);
  expect(await layoutShift(page)).toBe(0);
});
