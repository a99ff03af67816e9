import {
  COLUMN_SIZES,
  type OutputFormat,
  type PhotoRecipe,
  type Size,
} from "./photoRecipe";

/**
 * The markup of a photo in a post: a `<picture>` whose WebP `<source>` a browser takes first and
 * whose `<img>` (the JPEG or PNG) is the fallback, with the widths for `sizes` to pick from; the
 * `<img>` carries the size it shows at, so the text below does not move as it loads (CSS keeps it
 * within the column), and the author's alt text — `alt=""` too, for a decorative photo.
 */

export interface PictureParts {
  alt: string;
  title: string | null;
  /** What the `<img>`'s width and height say: the photo's size in the column. */
  display: Size;
  recipe: PhotoRecipe;
  /** The URL of one made file, already encoded and prefixed. */
  url: (width: number, format: OutputFormat) => string;
}

const MIME: Record<OutputFormat, string> = {
  webp: "image/webp",
  jpeg: "image/jpeg",
  png: "image/png",
};

const escapeAttribute = (value: string) =>
  value
    .replace(/&/gu, "&amp;")
    .replace(/"/gu, "&quot;")
    .replace(/</gu, "&lt;")
    .replace(/>/gu, "&gt;");

const attributes = (pairs: Array<[string, string | number | null]>) =>
  pairs
    .filter((pair): pair is [string, string | number] => pair[1] !== null)
    .map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
    .join("");

export function pictureHtml(parts: PictureParts): string {
  const { recipe, url } = parts;
  const srcset = (format: OutputFormat) =>
    recipe.widths.map((width) => `${url(width, format)} ${width}w`).join(", ");
  const fallback = recipe.formats[recipe.formats.length - 1] ?? "webp";
  const img = `<img${attributes([
    ["src", url(recipe.widths[0] ?? parts.display.width, fallback)],
    ["srcset", srcset(fallback)],
    ["sizes", COLUMN_SIZES],
    ["width", parts.display.width],
    ["height", parts.display.height],
    ["alt", parts.alt],
    ["title", parts.title],
    ["loading", "lazy"],
    ["decoding", "async"],
  ])}>`;
  if (recipe.formats.length === 1) return img;
  const sources = recipe.formats
    .slice(0, -1)
    .map(
      (format) =>
        `<source${attributes([
          ["type", MIME[format]],
          ["srcset", srcset(format)],
          ["sizes", COLUMN_SIZES],
        ])}>`,
    )
    .join("");
  return `<picture>${sources}${img}</picture>`;
}
