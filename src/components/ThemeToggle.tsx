import React from "react";
import { uiText } from "../site/uiText";

/**
 * The dark-mode button: an icon, named in words for screen readers, `aria-pressed` while the
 * page is dark. Its behaviour lives in src/browser/enhance.ts. Without JavaScript it could do
 * nothing, so CSS keeps it invisible until the theme script has run — its place is kept, so
 * nothing moves when it appears. CSS shows the moon (go dark) or the sun (go light).
 */
export function ThemeToggle() {
  return (
    <button type="button" className="theme-toggle" aria-pressed="false">
      <svg
        className="theme-icon theme-icon-moon"
        viewBox="0 0 24 24"
        width="20"
        height="20"
        aria-hidden="true"
        focusable="false"
      >
        <path d="M20 14.5A8 8 0 1 1 9.5 4a6.5 6.5 0 0 0 10.5 10.5z" />
      </svg>
      <svg
        className="theme-icon theme-icon-sun"
        viewBox="0 0 24 24"
        width="20"
        height="20"
        aria-hidden="true"
        focusable="false"
      >
        <circle cx="12" cy="12" r="4.5" />
        <path d="M12 1.5v3M12 19.5v3M1.5 12h3M19.5 12h3M4.6 4.6l2.1 2.1M17.3 17.3l2.1 2.1M4.6 19.4l2.1-2.1M17.3 6.7l2.1-2.1" />
      </svg>
      <span className="visually-hidden">{uiText.darkMode}</span>
    </button>
  );
}
