/**
 * The little a reader's browser has to run on a post: the dark-mode button, copy buttons on
 * code blocks and the `/` shortcut to the search box. Posts ship no React runtime (see
 * gatsby/onPostBuild.ts), so this is plain DOM code, inlined into every page by gatsby-ssr.tsx
 * as `(enhancePage)(texts)`. It must therefore stay self-contained: no imports, no helpers
 * from outside the function body. Listeners are delegated from `document` and new nodes are
 * watched, so it also works where React renders (gatsby develop, the search page).
 */

export interface EnhanceTexts {
  copyCode: string;
  copied: string;
}

export function enhancePage(texts: EnhanceTexts): void {
  // Held once, so late callbacks never look the global up again (a test runner tears it down).
  const doc = document;
  const root = doc.documentElement;
  // Once per document: a second run would add a second set of listeners.
  if (root.hasAttribute("data-enhanced")) return;
  root.setAttribute("data-enhanced", "");

  const syncToggles = () => {
    const dark = root.getAttribute("data-theme") === "dark";
    doc
      .querySelectorAll<HTMLButtonElement>("button.theme-toggle")
      .forEach((button) => {
        button.hidden = false;
        button.setAttribute("aria-pressed", String(dark));
      });
  };

  let status: HTMLElement | null = null;
  const announce = (message: string) => {
    if (!status) {
      status = doc.createElement("p");
      status.className = "visually-hidden";
      status.setAttribute("role", "status");
      doc.body.append(status);
    }
    status.textContent = message;
  };

  const addCopyButtons = () => {
    doc.querySelectorAll<HTMLElement>(".gatsby-highlight").forEach((block) => {
      if (block.querySelector(":scope > .copy-code") || !navigator.clipboard)
        return;
      const button = doc.createElement("button");
      button.type = "button";
      button.className = "copy-code";
      button.textContent = texts.copyCode;
      block.append(button);
    });
  };

  const enhance = () => {
    syncToggles();
    addCopyButtons();
  };

  doc.addEventListener("click", (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest("button.theme-toggle")) {
      const next =
        root.getAttribute("data-theme") === "dark" ? "light" : "dark";
      root.setAttribute("data-theme", next);
      try {
        localStorage.setItem("theme", next);
      } catch {
        // Storage can be full or forbidden; the page still switches for this visit.
      }
      syncToggles();
      return;
    }
    const copy = target?.closest("button.copy-code");
    const code = copy?.parentElement?.querySelector("pre")?.textContent;
    if (copy && code !== undefined && code !== null) {
      void navigator.clipboard
        .writeText(code)
        .then(() => announce(texts.copied));
    }
  });

  doc.addEventListener("keydown", (event) => {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey)
      return;
    const active = doc.activeElement;
    const typing =
      active instanceof HTMLInputElement ||
      active instanceof HTMLTextAreaElement ||
      (active instanceof HTMLElement && active.isContentEditable);
    const search = doc.querySelector<HTMLInputElement>("input[type=search]");
    if (typing || !search) return;
    event.preventDefault();
    search.focus();
  });

  enhance();
  new MutationObserver(enhance).observe(doc.body, {
    childList: true,
    subtree: true,
  });
}
