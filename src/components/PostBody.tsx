import React, { useEffect, useRef } from "react";
import { uiText } from "../lib/uiText";

/**
 * The post's HTML, rendered at build time, with a copy button added to each code block once the
 * page runs: copying needs JavaScript anyway, so the button only appears where it works.
 */
export function PostBody({ html }: { html: string }) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const root = ref.current;
    if (!root || !navigator.clipboard) return;
    const status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    root.append(status);
    const buttons = [
      ...root.querySelectorAll<HTMLElement>(".gatsby-highlight"),
    ].map((block) => {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "copy-code";
      button.textContent = uiText.copyCode;
      button.addEventListener("click", () => {
        const code = block.querySelector("pre")?.textContent ?? "";
        void navigator.clipboard.writeText(code).then(() => {
          status.textContent = uiText.copied;
        });
      });
      block.append(button);
      return button;
    });
    return () => {
      buttons.forEach((button) => button.remove());
      status.remove();
    };
  }, [html]);

  return (
    <div
      ref={ref}
      className="post-body"
      // NFC so text copied from an NFD (macOS) file searches and compares like everything else.
      dangerouslySetInnerHTML={{ __html: html.normalize("NFC") }}
    />
  );
}
