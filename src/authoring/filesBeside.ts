import type { MarkdownRefs } from "./markdownRefs";
import { showValue, type Problem } from "../content/problems";

/**
 * The files a post refers to beside itself (`![](./diagram.svg)`, `[slides](./talk.pdf)`) that
 * are not there. The build (gatsby/onCreateNode.ts) and `npm run check` both ask this, so they
 * name the same missing files in the same words: the build would otherwise publish a broken
 * link or image without a word.
 */

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/|#)/iu;
/** A relative link to a file: its last segment has an extension, and it is not a page. */
const FILE_NAME = /\.(?!html?$)[\p{L}\p{N}]{1,8}$/iu;

export function dirname(file: string): string {
  return file.slice(0, Math.max(0, file.lastIndexOf("/")));
}

/** Joins a relative URL onto a folder, resolving `.` and `..`. */
export function resolveRelative(dir: string, relative: string): string {
  const parts = dir ? dir.split("/") : [];
  for (const part of relative.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== "." && part !== "") parts.push(part);
  }
  return parts.join("/");
}

/** The decoded NFC path a URL points at, without query and fragment; `null` if not decodable. */
export function decodedPath(url: string): string | null {
  try {
    return decodeURI(url.split(/[?#]/u)[0] ?? "").normalize("NFC");
  } catch {
    return null;
  }
}

/**
 * `file` is the post's path from the site root (`content/posts/a/index.md`), `refs` what its
 * text refers to (findMarkdownRefs), `exists` whether a path from the site root is a file.
 */
export function missingFiles(
  file: string,
  refs: MarkdownRefs,
  exists: (file: string) => boolean,
): Problem[] {
  const problems: Problem[] = [];
  const check = (field: "image" | "link", url: string, line: number) => {
    if (url.startsWith("//") || EXTERNAL.test(url)) return;
    const path = decodedPath(url);
    if (field === "link" && !FILE_NAME.test(path ?? url)) return;
    const target = resolveRelative(dirname(file), path ?? url);
    if (path !== null && exists(target)) return;
    problems.push({
      file,
      field,
      value: showValue(url),
      expected: `${field === "image" ? "an image file" : "a file"} beside the post (line ${line}) — ${target} does not exist`,
    });
  };
  for (const { url, line } of refs.images) check("image", url, line);
  for (const { url, line } of refs.links) check("link", url, line);
  return problems;
}
