import { test as base } from "@playwright/test";

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
