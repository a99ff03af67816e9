import { withPrefix } from "gatsby";
import React from "react";
import { searchPagePath } from "../site/paths";
import { uiText } from "../site/uiText";

/**
 * The header's search box: a plain GET form to the search page, so it works on pages that ship
 * no React (see src/browser/staticHtml.ts) and downloads nothing until it is used. The `/` shortcut
 * is src/browser/enhance.ts's, which focuses the page's first search field.
 */
export function SearchBox() {
  return (
    <form
      className="search-box"
      role="search"
      action={withPrefix(searchPagePath)}
      method="get"
    >
      <label className="visually-hidden" htmlFor="site-search">
        {uiText.searchLabel}
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        placeholder={uiText.searchShortcutHint}
        aria-keyshortcuts="/"
        autoComplete="off"
        enterKeyHint="search"
      />
      <button type="submit">{uiText.search}</button>
    </form>
  );
}
