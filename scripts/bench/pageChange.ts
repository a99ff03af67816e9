import {
  chmodSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser } from "@playwright/test";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../e2e/chromium";
import { startNginx } from "../e2e/nginxServer";

/**
 * `npx tsx scripts/bench/pageChange.ts [runs] [latency ms]`: how long from a click on "다음 글"
 * to the next post's first paint, in Debian's Chromium over nginx with a round-trip time added
 * to every request (150 ms unless given), with the page's speculation rules
 * (src/browser/speculationRules.ts) and without them (a copy of public/ with the rules taken
 * out). The reader hovers the link first, as a reader does before clicking. Needs `npm run
 * build` first. Prints each run and the medians. Chromium prerenders nothing while DevTools
 * (Playwright) is attached, so what this measures is the prefetch.
 */
const runs = Number(process.argv[2] ?? 7);
/** Round-trip time added to every request (Chromium's network emulation), as on a phone. */
const latencyMs = Number(process.argv[3] ?? 150);
const FROM = "/2019-04-17-AWS-Summit-Seoul-메모/";

function withoutRules(publicDir: string): string {
  const copy = mkdtempSync(path.join(os.tmpdir(), "blog-no-rules-"));
  // nginx's workers drop root's privileges and must be able to read it.
  chmodSync(copy, 0o755);
  cpSync(publicDir, copy, { recursive: true });
  for (const file of readdirSync(copy, { recursive: true, encoding: "utf8" })) {
    const full = path.join(copy, file);
    if (!file.endsWith(".html") || !statSync(full).isFile()) continue;
    const html = readFileSync(full, "utf8");
    writeFileSync(
      full,
      html.replace(/<script type="speculationrules">[^<]*<\/script>/gu, ""),
    );
  }
  return copy;
}

/**
 * When the page first painted, on the clock of performance.timeOrigin: a prerendered page
 * painted before it was shown, so for it the moment it was shown (activationStart) counts.
 */
const PAINTED = `new Promise((resolve) => {
  const navigation = performance.getEntriesByType("navigation")[0];
  const activation = (navigation && navigation.activationStart) || 0;
  const report = (paint) => resolve({
    at: performance.timeOrigin + Math.max(paint, activation),
    prerendered: activation > 0,
  });
  const fcp = performance.getEntriesByName("first-contentful-paint")[0];
  if (fcp) return report(fcp.startTime);
  new PerformanceObserver((list) => {
    const entry = list.getEntriesByName("first-contentful-paint")[0];
    if (entry) report(entry.startTime);
  }).observe({ type: "paint", buffered: true });
})`;

async function clickToPaint(browser: Browser, origin: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: latencyMs,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  await page.goto(`${origin}${encodeURI(FROM)}`, { waitUntil: "networkidle" });
  const next = page.locator("a[rel=next]");
  await next.hover();
  // Longer than "moderate" eagerness waits before it speculates (200 ms).
  await page.waitForTimeout(800);
  const clicked = await next.evaluate((link: HTMLAnchorElement) => {
    const at = performance.timeOrigin + performance.now();
    link.click();
    return at;
  });
  await page.waitForURL((url) => url.pathname !== encodeURI(FROM));
  await page.waitForLoadState("load");
  // A string, not a function: tsx would name the inner functions with a helper the page lacks.
  const painted = (await page.evaluate(PAINTED)) as {
    at: number;
    prerendered: boolean;
  };
  await context.close();
  return { ms: painted.at - clicked, prerendered: painted.prerendered };
}

async function main(): Promise<void> {
  const publicDir = path.resolve("public");
  const bare = withoutRules(publicDir);
  const servers = {
    "with speculation rules": await startNginx(publicDir),
    without: await startNginx(bare),
  };
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_FLAGS],
  });
  try {
    for (const [name, server] of Object.entries(servers)) {
      const times: number[] = [];
      let prerendered = 0;
      for (let run = 0; run < runs; run++) {
        const result = await clickToPaint(browser, server.origin);
        times.push(result.ms);
        if (result.prerendered) prerendered++;
      }
      const sorted = [...times].sort((a, b) => a - b);
      console.log(
        `${name}: click to first paint ${times.map((t) => t.toFixed(0)).join(", ")} ms; ` +
          `median ${sorted[Math.floor(runs / 2)]?.toFixed(0)} ms; ${prerendered} of ${runs} prerendered`,
      );
    }
  } finally {
    await browser.close();
    for (const server of Object.values(servers)) await server.stop();
    rmSync(bare, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
