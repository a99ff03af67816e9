import { decodedPath } from "../authoring/filesBeside";

/**
 * Which images of a post are photos: a relative JPEG, PNG or WebP. Everything else (a GIF, which
 * would freeze, an SVG, a picture on another site) is left to gatsby-remark-image-size and
 * gatsby-remark-copy-linked-files.
 */

export type SourceFormat = "jpeg" | "png" | "webp";

export interface PhotoRequest {
  /** The file's path relative to the post's folder, decoded (`사진/바다.jpg`). */
  file: string;
  format: SourceFormat;
  /** `![…](./map.png#full)`: the author wants widths up to the photo's own, not only the column's. */
  full: boolean;
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/|#)/iu;
const FORMATS: Record<string, SourceFormat> = {
  jpg: "jpeg",
  jpeg: "jpeg",
  png: "png",
  webp: "webp",
};

/** The photo a markdown image's URL names, or `null` if it is not one this handles. */
export function photoRequest(url: string): PhotoRequest | null {
  if (url.startsWith("//") || EXTERNAL.test(url)) return null;
  const file = decodedPath(url);
  if (file === null) return null;
  const extension = /\.([a-z]+)$/iu.exec(file)?.[1]?.toLowerCase() ?? "";
  const format = FORMATS[extension];
  if (format === undefined) return null;
  return { file, format, full: /#full$/u.test(url) };
}
