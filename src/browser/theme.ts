/**
 * Light or dark. The reader's choice (the toggle, kept in localStorage) wins over the system's
 * `prefers-color-scheme`. `themeScript` applies it before the first paint; the toggle
 * (src/browser/enhance.ts, which writes the same storage key) changes it.
 */

export const THEME_STORAGE_KEY = "theme";

/**
 * Runs inline in <head>, before the body is parsed, so a dark-mode reader never sees a light
 * frame. Self-contained (it cannot import anything) and wrapped in try: localStorage throws in
 * some privacy modes, and then the CSS media query alone decides.
 */
export const themeScript = `(function () {
  try {
    var stored = localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});
    var theme = stored === "dark" || stored === "light" ? stored
      : window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
    document.documentElement.setAttribute("data-theme", theme);
  } catch (e) {}
})();`;
