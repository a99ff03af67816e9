import type { Page } from "@playwright/test";
import { SEED_PATH, expect, test } from "../fixtures";

/**
 * The comment area of a site with giscus configured (built by globalSetup from
 * scripts/e2e/commentsSite.ts), with giscus itself stubbed: every request to giscus.app is
 * answered here, so nothing leaves the machine.
 */

const CLIENT = `(() => {
  const script = document.currentScript;
  window.giscusClient = { ...script.dataset };
  const frame = document.createElement("iframe");
  frame.className = "giscus-frame";
  frame.title = "Comments";
  frame.src = "https://giscus.app/widget?theme=" + script.dataset.theme;
  (document.querySelector(".giscus") || script.parentElement).append(frame);
})();`;
const WIDGET = `<!doctype html><title>giscus</title><script>
  window.received = [];
  addEventListener("message", (event) => received.push(event.data));
</script>`;

async function stubGiscus(page: Page): Promise<string[]> {
  const requests: string[] = [];
  await page.route("https://giscus.app/**", (route) => {
    const url = new URL(route.request().url());
    requests.push(url.pathname);
    return url.pathname === "/client.js"
      ? route.fulfill({ contentType: "text/javascript", body: CLIENT })
      : route.fulfill({ contentType: "text/html", body: WIDGET });
  });
  return requests;
}

test.use({ baseURL: process.env.E2E_COMMENTS_ORIGIN });
test.use({ viewport: { width: 800, height: 600 } });

test("nothing is fetched from giscus before the reader scrolls near the comments; once after", async ({
  page,
}) => {
  const requests = await stubGiscus(page);
  await page.goto(encodeURI(SEED_PATH), { waitUntil: "networkidle" });
  const region = page.getByRole("region", { name: "댓글" });
  await expect(region).toBeAttached();
  expect(requests).toEqual([]);
  await region.scrollIntoViewIfNeeded();
  await expect(page.locator("iframe.giscus-frame")).toBeAttached();
  await page.mouse.wheel(0, -400);
  await page.mouse.wheel(0, 400);
  await page.waitForTimeout(500);
  expect(requests.filter((path) => path === "/client.js")).toHaveLength(1);
  // giscus is told the thread, the site's language and our theme.
  const client = await page.evaluate(
    () =>
      (window as unknown as { giscusClient: Record<string, string> })
        .giscusClient,
  );
  expect(client).toMatchObject({
    repo: "example/blog-comments",
    mapping: "specific",
    term: SEED_PATH,
    lang: "ko",
    theme: "light",
  });
});

test("the thread is the post's NFC path, however the URL was written", async ({
  page,
}) => {
  await stubGiscus(page);
  // The NFD URL is not a page: the not-found page sends the reader on to the NFC one.
  await page.goto(encodeURI(SEED_PATH.normalize("NFD")));
  await expect(page).toHaveURL(new RegExp(`${encodeURI(SEED_PATH)}$`, "u"));
  await page.getByRole("region", { name: "댓글" }).scrollIntoViewIfNeeded();
  await expect(page.locator("iframe.giscus-frame")).toBeAttached();
  const term = await page.evaluate(
    () =>
      (window as unknown as { giscusClient: { term: string } }).giscusClient
        .term,
  );
  expect(term).toBe(SEED_PATH.normalize("NFC"));
});

test("the theme follows the toggle, also when toggled before giscus loaded", async ({
  page,
}) => {
  await stubGiscus(page);
  await page.goto(encodeURI(SEED_PATH));
  const toggle = page.getByRole("button", { name: /다크 모드/u });
  await toggle.click();
  await page.getByRole("region", { name: "댓글" }).scrollIntoViewIfNeeded();
  const frame = page.locator("iframe.giscus-frame");
  await expect(frame).toHaveAttribute("src", /theme=dark/u);
  await toggle.click();
  const widget = page.frame({ url: /giscus\.app\/widget/u });
  await expect
    .poll(() =>
      widget?.evaluate(
        () => (window as unknown as { received: unknown[] }).received,
      ),
    )
    .toContainEqual({ giscus: { setConfig: { theme: "light" } } });
});

test("without IntersectionObserver, 댓글 보기 loads them; the page breaks no policy", async ({
  page,
}) => {
  const requests = await stubGiscus(page);
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/iu.test(message.text()))
      violations.push(message.text());
  });
  await page.addInitScript(() => {
    delete (window as { IntersectionObserver?: unknown }).IntersectionObserver;
  });
  await page.goto(encodeURI(SEED_PATH), { waitUntil: "networkidle" });
  const region = page.getByRole("region", { name: "댓글" });
  await region.scrollIntoViewIfNeeded();
  expect(requests).toEqual([]);
  const button = region.getByRole("button", { name: "댓글 보기" });
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("iframe.giscus-frame")).toBeAttached();
  await expect(button).toBeHidden();
  expect(violations).toEqual([]);
});

test("a site without comments configured has no comment area and asks giscus nothing", async ({
  page,
}) => {
  const requests = await stubGiscus(page);
  await page.goto(`${process.env.E2E_ORIGIN}${encodeURI(SEED_PATH)}`);
  await page.mouse.wheel(0, 20000);
  await page.waitForTimeout(500);
  await expect(page.getByRole("region", { name: "댓글" })).toHaveCount(0);
  expect(requests).toEqual([]);
  expect(await page.content()).not.toContain("giscus");
});
