/**
 * Debian's Chromium, as every browser tool here starts it: no test tool may download a browser,
 * and without the background-networking flags Chromium keeps calling out of this closed network.
 */
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_FLAGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
