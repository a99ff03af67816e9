/**
 * Light or dark. The reader's choice (the toggle, kept in localStorage) wins over the system's
 * `prefers-color-scheme`. `themeScript` applies it before the first paint; the toggle changes it.
 */
export type Theme = "light" | "dark";

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

/** The theme the page shows now, as the script or the toggle last set it. */
export function currentTheme(root: HTMLElement): Theme {
  return root.getAttribute("data-theme") === "dark" ? "dark" : "light";
}

/** Switches the page and remembers the choice across visits. */
export function applyTheme(
  root: HTMLElement,
  theme: Theme,
  storage: Storage | null,
): void {
  root.setAttribute("data-theme", theme);
  try {
    storage?.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Storage can be full or forbidden; the page still switches for this visit.
  }
}

/** localStorage, or null where merely touching it throws (some privacy modes, sandboxed frames). */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
