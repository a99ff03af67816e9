import { encoded, expect, test } from "../fixtures";

const POST = "/2024-03-10-서버리스-이미지-리사이즈/";

test("the skip link comes first, is visible when focused and jumps to the content", async ({
  page,
}) => {
  await page.goto(encoded(POST));
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "본문으로 건너뛰기" });
  await expect(skip).toBeFocused();
  const box = await skip.boundingBox();
  expect(box && box.x >= 0 && box.y >= 0).toBe(true);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
});

test("every control is reachable by Tab, with a visible focus ring", async ({
  page,
}) => {
  await page.goto(encoded(POST));
  await expect(page.getByRole("button", { name: "코드 복사" })).toBeVisible();
  const expected = await page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        "a[href], button:not([hidden]), input, [tabindex='0']",
      ),
    ]
      .filter((el) => el.offsetParent !== null || el.matches(".skip-link"))
      .map((el) => el.outerHTML.slice(0, 80)),
  );
  const reached = new Set<string>();
  for (let i = 0; i < expected.length + 5; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return {
        html: el.outerHTML.slice(0, 80),
        outline: style.outlineStyle,
        width: style.outlineWidth,
      };
    });
    if (!focused) continue;
    reached.add(focused.html);
    expect(focused.outline, `focus ring on ${focused.html}`).not.toBe("none");
  }
  expect([...expected].filter((html) => !reached.has(html))).toEqual([]);
});

test("chips, icon links and buttons are targets of at least 24 × 24 px, at 360 px too", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  for (const path of ["/", POST]) {
    await page.goto(encoded(path));
    const small = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>(
          ".chip, .profile-links a, button:not([hidden])",
        ),
      ]
        .filter((el) => el.offsetParent !== null)
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 24 || box.height < 24)
        .map(
          ({ el, box }) =>
            `${el.outerHTML.slice(0, 60)} ${box.width}×${box.height}`,
        ),
    );
    expect(small, path).toEqual([]);
    const count = await page.locator(".chip").count();
    expect(count, `chips on ${path}`).toBeGreaterThan(2);
  }
});

test("the menu marks the section you are in, and only that one", async ({
  page,
}) => {
  await page.goto(encoded("/categories/"));
  const menu = page.getByRole("navigation", { name: "주요 메뉴" });
  const here = menu.getByRole("link", { name: "카테고리" });
  await expect(here).toHaveAttribute("aria-current", "page");
  await expect(here).toHaveCSS("text-decoration-line", "underline");
  await expect(menu.locator("[aria-current]")).toHaveCount(1);
  await expect(menu.getByRole("link", { name: "태그" })).toHaveCSS(
    "text-decoration-line",
    "none",
  );
});
