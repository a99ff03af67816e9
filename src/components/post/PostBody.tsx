import React from "react";

/**
 * The post's HTML, rendered at build time. Code blocks get their copy buttons from
 * src/browser/enhance.ts once the page runs: copying needs JavaScript anyway.
 */
export function PostBody({ html }: { html: string }) {
  return (
    <div
      className="post-body"
      // NFC so text copied from an NFD (macOS) file searches and compares like everything else.
      dangerouslySetInnerHTML={{ __html: html.normalize("NFC") }}
    />
  );
}
