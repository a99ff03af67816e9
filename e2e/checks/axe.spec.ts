import AxeBuilder from "@axe-core/playwright";
import { encoded, expect, SEED_PATH, test } from "../fixtures";

const PAGES = [
  "/",
  SEED_PATH,
  "/category/diary/",
  "/archive/",
  "/없는-페이지/",
  // A post in a series, with its share links, profile and related posts; a series page.
  "/2024-06-20-hangul-urls/",
  "/series/블로그-만들기/",
];

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const path of PAGES) {
      test(`axe finds nothing on ${path}`, async ({ page }) => {
        await page.goto(encoded(path));
        // Search results arrive after the index loads; audit the page with them.
        if (path.startsWith("/search/")) {
          await expect(
            page
              .getByRole("region", { name: "검색 결과" })
              .getByRole("link")
              .first(),
          ).toBeVisible();
        }
        await expect(page.locator("html")).toHaveAttribute(
          "data-theme",
          colorScheme,
        );
        const { violations } = await new AxeBuilder({ page }).analyze();
        // Said the way a failing CI log should say it: which rule, where, how to fix.
        const report = violations.flatMap((v) =>
          v.nodes.map(
            (n) => `${v.id} (${v.impact}): ${v.help} — ${n.target.join(" ")}`,
          ),
        );
        expect(report, `${path} in ${colorScheme}`).toEqual([]);
      });
    }
  });
}
