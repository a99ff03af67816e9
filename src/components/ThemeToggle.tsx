import React from "react";
import { uiText } from "../site/uiText";

/**
 * The dark-mode button. Its behaviour lives in src/browser/enhance.ts, which also shows it (without
 * JavaScript it could do nothing, so it starts hidden) and keeps `aria-pressed` true while the
 * page is dark. CSS picks the icon from <html data-theme>.
 */
export function ThemeToggle() {
  return (
    <button type="button" className="theme-toggle" aria-pressed="false" hidden>
      <span aria-hidden="true" className="theme-icon" /> {uiText.darkMode}
    </button>
  );
}
