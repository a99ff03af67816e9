import {
  expect,
  encoded,
  layoutShift,
  test,
  watchLayoutShifts,
} from "../fixtures";

/**
 * A code block's toolbar (src/styles/global.css): the language and the copy button sit above the
 * code at every width, and the button's arrival moves nothing.
 */
for (const width of [360, 1280]) {
  test(`at ${width} px the copy button sits beside the language, above the code, never on it`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(encoded("/2024-03-10-서버리스-이미지-리사이즈/"));
    const blocks = page.locator(".gatsby-highlight");
    expect(await blocks.count()).toBeGreaterThan(0);
    for (const block of await blocks.all()) {
      const button = await block
        .getByRole("button", { name: "코드 복사" })
        .boundingBox();
      const code = await block.locator("pre").boundingBox();
      expect(button && code).toBeTruthy();
      if (!button || !code) continue;
      expect(button.y + button.height).toBeLessThanOrEqual(code.y + 0.5);
      expect(button.x + button.width).toBeLessThanOrEqual(width);
      // The language, as the toolbar shows it.
      const label = await block.evaluate((el) =>
        getComputedStyle(el, "::before").getPropertyValue("content"),
      );
      expect(label).toMatch(/^"\w+"$/u);
    }
    const sideways = await page.evaluate(
      () => document.documentElement.scrollWidth > window.innerWidth,
    );
    expect(sideways).toBe(false);
  });
}

test("the copy button's arrival shifts nothing (its place is kept from the first paint)", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await watchLayoutShifts(page);
  await page.goto(encoded("/2024-03-10-서버리스-이미지-리사이즈/"));
  await expect(
    page.getByRole("button", { name: "코드 복사" }).first(),
  ).toBeVisible();
  const shifts = await layoutShift(page);
  expect(shifts).toBe(0);
});
