import sharp from "sharp";
import type { GeneratedFile } from "../generateCorpus";
import { photoPixels } from "./photoPixels";
import { PHOTO_HEIGHT, PHOTO_WIDTH, photoPosts } from "./photoPosts";

/**
 * The photo posts as files to write: markdown and 4000×3000 JPEGs at quality 90 (~4 MB each,
 * a phone's size). Made once a run and written into every site that builds them.
 */
export async function photoFiles(
  count: number,
  seed = 1,
  size = { width: PHOTO_WIDTH, height: PHOTO_HEIGHT },
): Promise<GeneratedFile[]> {
  const files: GeneratedFile[] = [];
  for (const post of photoPosts(count, seed)) {
    files.push({ file: post.file, content: post.markdown });
    for (const photo of post.photos) {
      const pixels = photoPixels(size.width, size.height, photo.seed);
      const content = await sharp(pixels, {
        raw: { width: size.width, height: size.height, channels: 3 },
      })
        .jpeg({ quality: 90 })
        .toBuffer();
      files.push({ file: photo.file, content });
    }
  }
  return files;
}
