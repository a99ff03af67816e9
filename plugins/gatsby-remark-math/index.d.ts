interface MdastNode {
  type: string;
  value?: string;
  children?: MdastNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** Whether `$…$` as written (delimiters included), followed by the character `next`, is math. */
export function isTextMath(raw: string, next: string | undefined): boolean;

/** Replaces remark-math's math nodes in `tree` with KaTeX's HTML, in place. */
export function renderMath(
  tree: MdastNode,
  source: string,
  warn?: (tex: string, message: string) => void,
): void;
