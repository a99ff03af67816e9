/**
 * Comments by giscus on a post page that has a comment area (src/components/post/Comments.tsx; only
 * when blog.config.ts configures them, and gatsby-ssr.tsx inlines this script only then). Nothing
 * is fetched before the reader comes near the area or presses 댓글 보기; then giscus' script is
 * added with the post's settings, and its frame's theme follows ours — also when the reader
 * toggles it while giscus is still loading. Serialized like enhance.ts: self-contained.
 */
export function loadComments(): void {
  const doc = document;
  const root = doc.documentElement;
  const comments = doc.querySelector<HTMLElement>(
    ".comments[data-giscus-repo]",
  );
  if (!comments || comments.hasAttribute("data-comments-ready")) return;
  comments.setAttribute("data-comments-ready", "");
  const origin = "https://giscus.app";
  let script: HTMLScriptElement | null = null;
  const theme = () =>
    root.getAttribute("data-theme") === "dark" ? "dark" : "light";

  const load = () => {
    if (script) return;
    const data = comments.dataset;
    script = doc.createElement("script");
    script.src = `${origin}/client.js`;
    script.async = true;
    script.crossOrigin = "anonymous";
    const settings: Record<string, string> = {
      repo: data.giscusRepo ?? "",
      repoId: data.giscusRepoId ?? "",
      category: data.giscusCategory ?? "",
      categoryId: data.giscusCategoryId ?? "",
      // The thread is the post's stored path, not whatever URL the reader came by.
      mapping: "specific",
      term: data.giscusTerm ?? "",
      strict: "1",
      reactionsEnabled: "1",
      emitMetadata: "0",
      inputPosition: "top",
      lang: data.giscusLang ?? "ko",
      theme: theme(),
    };
    for (const [key, value] of Object.entries(settings))
      script.dataset[key] = value;
    comments.querySelector(".comments-load")?.setAttribute("hidden", "");
    (comments.querySelector(".giscus") ?? comments).append(script);
  };

  comments.querySelector(".comments-load")?.addEventListener("click", load);
  if ("IntersectionObserver" in window) {
    const near = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        near.disconnect();
        load();
      },
      { rootMargin: "600px 0px" },
    );
    near.observe(comments);
  }

  const sendTheme = () => {
    // Not run yet: giscus reads the theme from its script when it runs.
    if (script) script.dataset.theme = theme();
    const frame = comments.querySelector<HTMLIFrameElement>(
      "iframe.giscus-frame",
    );
    if (!frame) return;
    const send = () =>
      frame.contentWindow?.postMessage(
        { giscus: { setConfig: { theme: theme() } } },
        origin,
      );
    send();
    // A frame still loading would drop the message: say it again once it has loaded.
    frame.addEventListener("load", send, { once: true });
  };
  new MutationObserver(sendTheme).observe(root, {
    attributes: true,
    attributeFilter: ["data-theme"],
  });
}
