import { encoded, expect, SEED_PATH, test } from "../fixtures";

/**
 * The speculation rules of runtime-free pages (src/browser/speculationRules.ts), as Chromium's
 * own preloading reports them over DevTools (which also keeps Chromium from prerendering: what
 * is checked is that the rules are accepted and a hovered link is prefetched).
 */
test("hovering 다음 글 prefetches the next post; the rules pass the page's policy", async ({
  page,
}) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Preload.enable");
  const ruleErrors: string[] = [];
  const prefetched: string[] = [];
  cdp.on("Preload.ruleSetUpdated", ({ ruleSet }) => {
    if (ruleSet.errorType)
      ruleErrors.push(`${ruleSet.errorType}: ${ruleSet.errorMessage}`);
  });
  cdp.on("Preload.prefetchStatusUpdated", ({ key, status }) => {
    if (status === "Ready")
      prefetched.push(decodeURI(new URL(key.url).pathname));
  });
  await page.goto(encoded(SEED_PATH), { waitUntil: "networkidle" });
  const next = page.getByRole("link", { name: /^다음 글/u });
  const target = decodeURI(
    new URL((await next.getAttribute("href")) ?? "", page.url()).pathname,
  );
  expect(prefetched).not.toContain(target);
  await next.hover();
  await expect.poll(() => prefetched, { timeout: 5000 }).toContain(target);
  expect(ruleErrors).toEqual([]);
});

test("/search/, which keeps Gatsby's runtime, carries no speculation rules", async ({
  page,
}) => {
  await page.goto("/search/");
  await expect(page.locator('script[type="speculationrules"]')).toHaveCount(0);
  await page.goto(encoded(SEED_PATH));
  await expect(page.locator('script[type="speculationrules"]')).toHaveCount(1);
});
