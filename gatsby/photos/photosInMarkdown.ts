import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import type { Reporter } from "gatsby";
import { photoRequest, type PhotoRequest } from "../../src/photos/photoRequest";
import {
  displaySize,
  outputName,
  photoKey,
  photoRecipe,
  type OutputFormat,
} from "../../src/photos/photoRecipe";
import { pictureHtml } from "../../src/photos/pictureHtml";
import {
  cachedPhoto,
  contentHash,
  photoCacheDir,
  publishPhoto,
} from "./photoCache";

/**
 * The remark side of the photos (plugins/gatsby-remark-photos): each photo beside a post becomes
 * the `<picture>` of its made files under /static/<key>/. It runs before
 * gatsby-remark-copy-linked-files, which then sees HTML pointing at /static/ and leaves it be.
 */

export interface MdastNode {
  type: string;
  url?: string;
  alt?: string | null;
  title?: string | null;
  value?: string;
  children?: MdastNode[];
}

export interface RemarkArgs {
  markdownAST: MdastNode;
  markdownNode: { parent?: string | null };
  getNode: (id: string) => { dir?: unknown } | undefined | null;
  pathPrefix?: string;
  reporter: Reporter;
  /** Makes Gatsby redo the post's HTML when the photo's file changes. */
  getRemarkFileDependency?: (filter: object) => Promise<unknown>;
}

/** Each image node of `tree` that names a photo, with its parent and place there. */
function photoImages(tree: MdastNode) {
  const found: Array<{
    parent: MdastNode;
    index: number;
    request: PhotoRequest;
  }> = [];
  const visit = (node: MdastNode) =>
    node.children?.forEach((child, index) => {
      const request =
        child.type === "image" ? photoRequest(child.url ?? "") : null;
      if (request) found.push({ parent: node, index, request });
      else visit(child);
    });
  visit(tree);
  return found;
}

async function photoMarkup(
  file: string,
  image: MdastNode,
  request: PhotoRequest,
  args: RemarkArgs,
): Promise<string> {
  const bytes = await readFile(file);
  const { autoOrient: original } = await sharp(bytes).metadata();
  const recipe = photoRecipe(request.format, original.width, request.full);
  const key = photoKey(contentHash(bytes), recipe);
  const directory = process.cwd();
  const entry = await cachedPhoto(
    bytes,
    key,
    recipe,
    photoCacheDir(directory),
    args.reporter,
  );
  const stem = path.basename(file, path.extname(file)).normalize("NFC");
  const published = (width: number, format: OutputFormat) =>
    `${stem}-${outputName(width, format)}`;
  await publishPhoto(
    entry,
    recipe.widths.flatMap((width) =>
      recipe.formats.map((format): [string, string] => [
        outputName(width, format),
        published(width, format),
      ]),
    ),
    path.join(directory, "public", "static", key),
  );
  const prefix = (args.pathPrefix ?? "").replace(/\/+$/u, "");
  return pictureHtml({
    alt: image.alt ?? "",
    title: image.title ?? null,
    display: displaySize(original),
    recipe,
    url: (width, format) =>
      `${prefix}/static/${key}/${encodeURIComponent(published(width, format))}`,
  });
}

export async function photosInMarkdown(args: RemarkArgs): Promise<void> {
  const parent = args.markdownNode.parent
    ? args.getNode(args.markdownNode.parent)
    : undefined;
  if (typeof parent?.dir !== "string") return;
  const dir = parent.dir;
  await Promise.all(
    photoImages(args.markdownAST).map(
      async ({ parent: node, index, request }) => {
        const image = node.children?.[index];
        const file = path.join(dir, request.file);
        // A missing file has been reported already, as `npm run check` reports it (onCreateNode).
        if (!image || !existsSync(file)) return;
        await args.getRemarkFileDependency?.({ absolutePath: { eq: file } });
        try {
          const html = await photoMarkup(file, image, request, args);
          node.children?.splice(index, 1, { type: "html", value: html });
        } catch (error) {
          args.reporter.panicOnBuild(
            `${path.relative(process.cwd(), file)}: expected a readable photo (JPEG, PNG or WebP), but it could not be encoded — ${error instanceof Error ? error.message : String(error)}`,
          );
        }
      },
    ),
  );
}
