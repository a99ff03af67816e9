import React from "react";
import { uiText } from "../lib/uiText";

/** The post's headings as links, from gatsby-transformer-remark's `tableOfContents`. */
export function TableOfContents({ html }: { html: string }) {
  return (
    <nav className="toc" aria-labelledby="toc-heading">
      <h2 id="toc-heading">{uiText.tableOfContents}</h2>
      <div dangerouslySetInnerHTML={{ __html: html.normalize("NFC") }} />
    </nav>
  );
}
