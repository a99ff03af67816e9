import React, { useSyncExternalStore } from "react";
import {
  applyTheme,
  browserStorage,
  currentTheme,
  type Theme,
} from "../lib/theme";
import { uiText } from "../lib/uiText";

// The theme lives on <html> (the pre-paint script sets it), not in React; toggles tell each other.
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const readTheme = (): Theme => currentTheme(document.documentElement);
// The server cannot know the reader's theme, so the first render says nothing about it.
const serverTheme = (): Theme | null => null;

/** A real button whose pressed state says whether dark mode is on. */
export function ThemeToggle() {
  const theme = useSyncExternalStore<Theme | null>(
    subscribe,
    readTheme,
    serverTheme,
  );
  const toggle = () => {
    applyTheme(
      document.documentElement,
      readTheme() === "dark" ? "light" : "dark",
      browserStorage(),
    );
    listeners.forEach((listener) => listener());
  };
  return (
    <button
      type="button"
      className="theme-toggle"
      aria-pressed={theme === null ? undefined : theme === "dark"}
      onClick={toggle}
    >
      <span aria-hidden="true">{theme === "dark" ? "☾" : "☀"}</span>{" "}
      {uiText.darkMode}
    </button>
  );
}
