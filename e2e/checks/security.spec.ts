import type { Page } from "@playwright/test";
import { SECURITY_HEADERS } from "../../scripts/deploy/securityHeaders";
import { encoded, expect, SEED_PATH, test } from "../fixtures";

/**
 * Every kind of page carries a Content-Security-Policy (src/security/) that its own scripts
 * pass: a violation would mean a theme, copy button or search silently not working. Reported
 * both ways a browser reports them: the `securitypolicyviolation` event and the console.
 */

interface Violation {
  directive: string;
  sample: string;
}

async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const consoleLines: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/iu.test(message.text()))
      consoleLines.push(message.text());
  });
  await page.addInitScript(() => {
    const seen = window as unknown as { violations: Violation[] };
    seen.violations = [];
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.violations.push({
        directive: event.violatedDirective,
        sample: event.sample,
      }),
    );
  });
  return async () => {
    const events = await page.evaluate(
      () => (window as unknown as { violations: Violation[] }).violations,
    );
    return [
      ...events.map((v) => `${v.directive}: ${v.sample}`),
      ...consoleLines,
    ];
  };
}

const CODE_POST = "/2024-06-20-hangul-urls/";
const PAGES: [string, string][] = [
  ["home", "/"],
  ["post with code", CODE_POST],
  ["post with a photo", "/2024-05-04-제주-한-달-살기-첫-주/"],
  ["the seed post", SEED_PATH],
  ["category listing", "/category/개발/"],
  ["tag index", "/tags/"],
  ["archive", "/archive/"],
  ["search with results", "/search/?q=서버리스"],
  ["404", "/no-such-page/"],
];

for (const [kind, path] of PAGES) {
  test(`${kind}: has a policy and loads with no violation`, async ({
    page,
  }) => {
    const violations = await watchViolations(page);
    await page.goto(encoded(path));
    await page.waitForLoadState("networkidle");
    await expect(
      page.locator('meta[http-equiv="Content-Security-Policy"]'),
    ).toHaveAttribute("content", /script-src 'self' 'sha256-/u);
    expect(await violations()).toEqual([]);
  });
}

test("the policy allows no inline script but the page's own", async ({
  page,
}) => {
  await page.goto(encoded(CODE_POST));
  const policy =
    (await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute("content")) ?? "";
  expect(policy).not.toContain("unsafe-eval");
  expect(policy).toMatch(/object-src 'none'/u);
  expect(policy).toMatch(/base-uri 'self'/u);
  const scriptSrc = policy.split(";").find((d) => d.includes("script-src"));
  expect(scriptSrc).not.toContain("unsafe-inline");
});

test("with the policy on, copying code, the theme toggle and search still work", async ({
  page,
  context,
}) => {
  const violations = await watchViolations(page);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(encoded(CODE_POST));
  await page
    .getByRole("button", { name: /코드 복사/u })
    .first()
    .click();
  await expect(page.getByText("복사했습니다").first()).toBeVisible();
  const before = await page.locator("html").getAttribute("data-theme");
  await page.getByRole("button", { name: /다크 모드/u }).click();
  await expect(page.locator("html")).not.toHaveAttribute(
    "data-theme",
    before ?? "",
  );
  await page.keyboard.press("/");
  await page.keyboard.type("서버리스");
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("region", { name: "검색 결과" }).getByRole("link").first(),
  ).toBeVisible();
  expect(await violations()).toEqual([]);
});

test("nginx sends the headers a meta tag cannot carry, on pages and files", async ({
  request,
}) => {
  for (const path of ["/", encoded(CODE_POST), "/no-such-page/", "/rss.xml"]) {
    const response = await request.get(path);
    const headers = response.headers();
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect([path, name, headers[name.toLowerCase()]]).toEqual([
        path,
        name,
        value,
      ]);
  }
});
