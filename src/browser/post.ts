/**
 * What a post page, and only a post page, runs in the reader's browser (gatsby-ssr.tsx adds it
 * to post pages as `(enhancePost)(texts)`): the share buttons, and the table of contents that
 * marks the section being read on wide screens (comments have their own script, comments.ts).
 * Like enhance.ts it is serialized from this function, so it must stay self-contained: no
 * imports, nothing from outside its body.
 */

export interface PostTexts {
  linkCopied: string;
  copyFailed: string;
}

export function enhancePost(texts: PostTexts): void {
  const doc = document;
  const root = doc.documentElement;
  // Sharing: the buttons are in the page (src/components/post/ShareLinks.tsx); the Web Share button
  // only shows where the browser has the API.
  const nativeShare = doc.querySelector<HTMLButtonElement>(".share-native");
  if (nativeShare && typeof navigator.share === "function")
    nativeShare.hidden = false;
  // Once per document: a second run would add a second set of listeners.
  if (root.hasAttribute("data-post-enhanced")) return;
  root.setAttribute("data-post-enhanced", "");

  const announce = (message: string) => {
    const status = doc.querySelector(".share-status");
    if (status) status.textContent = message;
  };

  /** Without the Clipboard API (or its permission): a selected text field and execCommand. */
  const copyByHand = (text: string): boolean => {
    const field = doc.createElement("textarea");
    field.value = text;
    field.setAttribute("readonly", "");
    field.style.position = "fixed";
    field.style.opacity = "0";
    doc.body.append(field);
    field.select();
    let copied = false;
    try {
      copied = doc.execCommand("copy");
    } catch {
      copied = false;
    }
    field.remove();
    return copied;
  };

  doc.addEventListener("click", (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const copy = target?.closest<HTMLElement>(".share-copy");
    const url = copy?.dataset.url;
    if (copy && url) {
      const done = () => announce(texts.linkCopied);
      const failed = () =>
        announce(
          copyByHand(url) ? texts.linkCopied : `${texts.copyFailed} ${url}`,
        );
      if (navigator.clipboard)
        navigator.clipboard.writeText(url).then(done, failed);
      else failed();
      return;
    }
    const share = target?.closest<HTMLElement>(".share-native");
    if (share?.dataset.url && typeof navigator.share === "function") {
      navigator
        .share({ title: share.dataset.title, url: share.dataset.url })
        .catch(() => {
          // The reader closed the share sheet: nothing to say.
        });
    }
  });

  // The table of contents that follows: on wide screens it stays beside the text (CSS), and
  // the link of the section being read is marked. Observers, not scroll handlers.
  const toc = doc.querySelector<HTMLElement>(".toc");
  if (!toc || !("IntersectionObserver" in window)) return;
  const links = new Map<Element, HTMLAnchorElement>();
  toc.querySelectorAll<HTMLAnchorElement>("a[href^='#']").forEach((link) => {
    const id = decodeURIComponent(link.hash.slice(1));
    const heading = doc.getElementById(id);
    if (heading) links.set(heading, link);
  });
  const visible = new Set<Element>();
  const mark = () => {
    // The first heading on screen, else the last one scrolled past.
    let current: Element | undefined;
    for (const heading of links.keys()) {
      if (visible.has(heading)) {
        current = heading;
        break;
      }
      if (heading.getBoundingClientRect().top < 0) current = heading;
    }
    links.forEach((link, heading) => {
      if (heading === current) link.setAttribute("aria-current", "true");
      else link.removeAttribute("aria-current");
    });
  };
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (entry.isIntersecting) visible.add(entry.target);
      else visible.delete(entry.target);
    }
    mark();
  });
  links.forEach((_, heading) => observer.observe(heading));
}
