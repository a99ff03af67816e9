import { showValue, type Problem } from "../content/problems";
import { dirname, resolveRelative } from "./filesBeside";

/**
 * A post's own preview image (frontmatter `image`), found where the author put it: beside the
 * post (`./cover.jpg`, relative to the markdown file) or in static/ (`/images/cover.png`). The
 * build (gatsby/onCreateNode.ts) and `npm run check` both ask here, so they name the same
 * missing file in the same words.
 */

/** The image's file, relative to the site root with `/` separators. */
export function previewImageFile(image: string, markdownFile: string): string {
  return image.startsWith("/")
    ? `static${image}`
    : resolveRelative(dirname(markdownFile), image);
}

/** The problem of an `image` whose file is not there, or null. */
export function previewImageProblem(
  image: string | null,
  markdownFile: string,
  exists: (siteRelativeFile: string) => boolean,
): Problem | null {
  if (image === null) return null;
  const file = previewImageFile(image, markdownFile);
  if (exists(file)) return null;
  return {
    file: markdownFile,
    field: "image",
    value: showValue(image),
    expected: image.startsWith("/")
      ? `a file in static/ — ${file} does not exist`
      : `a file beside the post — ${file} does not exist`,
  };
}
