/**
 * gatsby-remark-photos sizes and resizes JPEG, PNG and WebP; a GIF (which it would freeze) or an
 * SVG beside a post is left an `image` node, which gatsby-remark-copy-linked-files
 * then copies without width and height, so the text below it jumps when it loads. This reads
 * the file's size with image-size and sets both attributes (CSS keeps it within the column).
 * It runs before copy-linked-files, while the URL still points beside the post.
 */
const { readFileSync } = require("node:fs");
const path = require("node:path");
const { imageSize } = require("image-size");

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/|#)/iu;

/** `{ width, height }` of the image file at `file`, or null if it is not there or not an image. */
function sizeOf(file) {
  try {
    const { width, height } = imageSize(readFileSync(file));
    return width && height ? { width, height } : null;
  } catch {
    return null;
  }
}

/** Sets width and height on each relative image of `tree` found in `dir`. */
function sizeImages(tree, dir) {
  const visit = (node) => {
    if (node.type === "image" && !EXTERNAL.test(node.url)) {
      let relative = node.url.split(/[?#]/u)[0];
      try {
        relative = decodeURI(relative);
      } catch {
        // Left as written: copy-linked-files looks for the file by the same text.
      }
      const size = sizeOf(path.join(dir, relative));
      if (size) {
        node.data = node.data ?? {};
        node.data.hProperties = {
          ...node.data.hProperties,
          ...size,
          loading: "lazy",
          decoding: "async",
        };
      }
    }
    if (Array.isArray(node.children)) node.children.forEach(visit);
  };
  visit(tree);
}

module.exports = ({ markdownAST, markdownNode, getNode }) => {
  const file = markdownNode.parent ? getNode(markdownNode.parent) : undefined;
  if (typeof file?.dir === "string") sizeImages(markdownAST, file.dir);
};
module.exports.sizeImages = sizeImages;
