import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../../e2e/chromium";
import { chromium, type Page } from "@playwright/test";

/**
 * `npx tsx scripts/bench/search/searchBrowser.ts [<base URL>] [<post path>]`, against a served build
 * (scripts/bench/search/searchSite.ts): that reading a post downloads nothing for search, and the time
 * from focusing the empty /search/ page and entering a query to the first result shown, cold.
 */
const base = process.argv[2] ?? "http://127.0.0.1:9123";
const post = process.argv[3] ?? "/bench/00001-클라우드/";
const queries = ["클라우드를", "ㅅㅂ", "typescrpt", "Docker 컨테이너를"];

async function searchFiles(page: Page, run: () => Promise<unknown>) {
  const files: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/search-index/")) files.push(request.url());
  });
  await run();
  return files;
}

// tsx runs this as CommonJS, where there is no top-level await.
async function main() {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_FLAGS],
  });

  const reader = await browser.newPage();
  const onPost = await searchFiles(reader, async () => {
    await reader.goto(base + encodeURI(post));
    await reader.waitForLoadState("networkidle");
  });
  console.log(`reading ${post}: ${onPost.length} search files downloaded`);

  for (const query of queries) {
    const page = await browser.newPage();
    await page.goto(`${base}/search/`);
    await page.waitForLoadState("networkidle");
    const box = page.getByRole("searchbox");
    let started = 0;
    const files = await searchFiles(page, async () => {
      await box.focus();
      started = performance.now();
      // One input event with the whole query, as an IME commit or a paste gives: nothing is
      // loaded yet but what focusing fetched (the meta file), so this is the cold first search.
      await box.fill(query);
      await page.locator(".search-hit").first().waitFor();
    });
    const ms = performance.now() - started;
    const title = await page.locator(".search-hit-title").first().innerText();
    console.log(
      `${query}: first results ${ms.toFixed(0)} ms after focus and input (${files.length} index files, snippets included) — ${title}`,
    );
    await page.close();
  }
  await browser.close();
}

void main();
