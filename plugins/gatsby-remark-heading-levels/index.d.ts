interface MdastNode {
  type: string;
  depth?: number;
  children?: MdastNode[];
}

/** Shifts every heading so the highest is depth 2, keeping relative levels (at most 6). */
export function shiftHeadings(tree: MdastNode): void;
