interface MdastNode {
  type: string;
  url?: string;
  data?: { hProperties?: Record<string, unknown> };
  children?: MdastNode[];
}

/** Sets width and height on each relative image of `tree` whose file is found in `dir`. */
export function sizeImages(tree: MdastNode, dir: string): void;
