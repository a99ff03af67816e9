import { test as base, type Page } from "@playwright/test";

export { expect } from "@playwright/test";

/** Every page.goto("/…") goes to the nginx that globalSetup started. */
export const test = base.extend({
  baseURL: async ({}, use) => {
    await use(process.env.E2E_ORIGIN);
  },
});

export const SEED_PATH = "/2019-04-17-AWS-Summit-Seoul-메모/";
export const SEED_TITLE = "2019 AWS Summit Seoul 메모";

/** A path as the browser's address bar sends it: percent-encoded UTF-8. */
export const encoded = (path: string): string => encodeURI(path);

/**
 * Starts adding up the page's layout shifts (CLS's entries) from its first paint; call before
 * `goto`. `layoutShift(page)` reads the sum.
 */
export async function watchLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen = window as unknown as { layoutShift: number };
    seen.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        seen.layoutShift += (entry as unknown as { value: number }).value;
    }).observe({ type: "layout-shift", buffered: true });
  });
}

export const layoutShift = (page: Page): Promise<number> =>
  page.evaluate(
    () => (window as unknown as { layoutShift: number }).layoutShift,
  );
