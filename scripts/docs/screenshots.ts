import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "@playwright/test";
import sharp from "sharp";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../e2e/chromium";
import { startNginx } from "../e2e/nginxServer";
import { shotList, type Shot } from "./shots";

/**
 * `npm run screenshots`: pictures of the built site for the README (docs/screenshots/), taken in
 * Debian's Chromium from public/ served by nginx as the browser tests serve it. Builds nothing:
 * the pictures show whatever public/ holds, so run `npm run build` first.
 */
const OUT_DIR = path.resolve("docs/screenshots");

async function take(browser: Browser, origin: string, shot: Shot) {
  const { width, height, deviceScaleFactor, maxHeight } = shot.viewport;
  const context = await browser.newContext({
    baseURL: origin,
    viewport: { width, height },
    deviceScaleFactor,
    colorScheme: shot.theme,
    // The theme follows the system here (theme.ts), and dates read as the site's readers see them.
    locale: "ko-KR",
    timezoneId: "Asia/Seoul",
    reducedMotion: "reduce",
  });
  try {
    const page = await context.newPage();
    await page.goto(encodeURI(shot.page.path), { waitUntil: "networkidle" });
    if (shot.page.readyStatus)
      await page
        .getByRole("status")
        .filter({ hasText: shot.page.readyStatus })
        .waitFor();
    // Search snippets arrive after the hits; fonts decide every line break.
    await page.waitForLoadState("networkidle");
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const pageHeight = await page.evaluate(
      () => document.documentElement.scrollHeight,
    );
    const png = await page.screenshot({
      fullPage: true,
      clip: { x: 0, y: 0, width, height: Math.min(pageHeight, maxHeight) },
      animations: "disabled",
    });
    // A 256-colour palette keeps text sharp and makes each file a fraction of the size.
    const small = await sharp(png)
      .png({ palette: true, compressionLevel: 9, effort: 10 })
      .toBuffer();
    writeFileSync(path.join(OUT_DIR, shot.file), small);
  } finally {
    await context.close();
  }
}

async function main(): Promise<number> {
  if (!existsSync(path.resolve("public/index.html"))) {
    console.error(
      "public/ has no built site: run `npm run build` first (npm run screenshots builds nothing).",
    );
    return 1;
  }
  mkdirSync(OUT_DIR, { recursive: true });
  const server = await startNginx(path.resolve("public"));
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_FLAGS],
  });
  try {
    for (const shot of shotList()) {
      await take(browser, server.origin, shot);
      const kb = statSync(path.join(OUT_DIR, shot.file)).size / 1024;
      console.log(`docs/screenshots/${shot.file}  ${kb.toFixed(0)} KB`);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return 0;
}

void main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
