import type { GeneratedFile } from "../generateCorpus";
import { noisePhoto } from "./noisePhoto";
import { PHOTO_HEIGHT, PHOTO_WIDTH, photoPosts } from "./photoPosts";

/**
 * The photo posts as files to write: markdown and 4000×3000 JPEGs at quality 90 (a few MB
 * each, a phone's size). Made once a run and written into every site that builds them.
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
      // The same seeded noise as the photo benchmark (noisePhoto.ts): as hard to compress as a
      // detailed photo, so encoders do a real photo's work.
      const content = await noisePhoto(size.width, size.height, photo.seed);
      files.push({ file: photo.file, content });
    }
  }
  return files;
}
