import { render } from "@testing-library/react";
import type { ReactElement } from "react";

/**
 * Renders a page's `Head` and returns the document to query: React 19 hoists `<title>`,
 * `<meta>` and `<link>` into `document.head` wherever they are rendered, and leaves the rest
 * (the JSON-LD script) in place. RTL's cleanup unmounts it, which takes them out again.
 */
export function renderHead(head: ReactElement): Document {
  render(head);
  return document;
}
