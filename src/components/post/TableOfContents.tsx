import React from "react";
import type { TocEntry } from "../../content/toc";
import { uiText } from "../../site/uiText";

function Entries({ entries }: { entries: readonly TocEntry[] }) {
  return (
    <ul>
      {entries.map((entry) => (
        <li key={entry.href}>
          {/* The heading's own inline markup (code, emphasis), already escaped by the renderer. */}
          <a
            href={entry.href}
            dangerouslySetInnerHTML={{ __html: entry.html.normalize("NFC") }}
          />
          {entry.children.length > 0 && <Entries entries={entry.children} />}
        </li>
      ))}
    </ul>
  );
}

/** The post's headings as nested links (src/content/toc.ts reads them from the post's HTML). */
export function TableOfContents({ entries }: { entries: readonly TocEntry[] }) {
  return (
    <nav className="toc" aria-labelledby="toc-heading">
      <h2 id="toc-heading">{uiText.tableOfContents}</h2>
      <Entries entries={entries} />
    </nav>
  );
}
