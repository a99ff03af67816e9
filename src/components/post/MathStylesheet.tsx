import { withPrefix } from "gatsby";
import React from "react";
import { hasMath, mathStylesheetPath } from "../../site/mathStylesheet";

/**
 * KaTeX's stylesheet, for a page's Head, only when its HTML holds math: other pages load
 * nothing more.
 */
export function MathStylesheet({ html }: { html: string | null | undefined }) {
  if (!hasMath(html)) return null;
  return <link rel="stylesheet" href={withPrefix(mathStylesheetPath)} />;
}
