import { defineConfig } from "@playwright/test";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../scripts/e2e/chromium";

/**
 * Browser tests against the production build (public/) served by nginx with deploy/nginx.conf,
 * in Debian's Chromium: no browser download. `npm run build` first; `npm run test:e2e` runs these
 * and then the Lighthouse audit (e2e/lighthouse.ts).
 */
export default defineConfig({
  testDir: ".",
  testMatch: "**/*.spec.ts",
  timeout: 60_000,
  workers: 2,
  forbidOnly: !!process.env.CI,
  globalSetup: "./globalSetup.ts",
  outputDir: "../e2e-report/artifacts",
  reporter: [["list"], ["json", { outputFile: "../e2e-report/results.json" }]],
  // `gatsby develop` is tried alone, after the rest, as an author runs it: beside the other
  // tests it shared two cores with Chromium and nginx, and once never finished starting.
  projects: [
    { name: "site", testIgnore: /develop\.spec\.ts$/u },
    {
      name: "develop",
      testMatch: /develop\.spec\.ts$/u,
      dependencies: ["site"],
    },
  ],
  use: {
    locale: "ko-KR",
    timezoneId: "Asia/Seoul",
    trace: "retain-on-failure",
    launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS] },
  },
});
