import path from "node:path";
import sharp from "sharp";
import {
  ENCODER,
  outputName,
  type OutputFormat,
  type PhotoRecipe,
} from "../../src/photos/photoRecipe";

function encoder(image: sharp.Sharp, format: OutputFormat): sharp.Sharp {
  if (format === "webp") return image.webp(ENCODER.webp);
  if (format === "jpeg") return image.jpeg(ENCODER.jpeg);
  return image.png(ENCODER.png);
}

/**
 * Encodes `recipe` of the photo into `dir`. The photo is decoded once, at its largest width
 * (a JPEG shrinks as it loads), and every width and format is made from that.
 */
export async function encodePhoto(
  bytes: Buffer,
  recipe: PhotoRecipe,
  dir: string,
): Promise<void> {
  const largest = Math.max(...recipe.widths);
  const { data, info } = await sharp(bytes)
    .autoOrient()
    .resize({ width: largest, withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const decoded = sharp(data, {
    raw: { width: info.width, height: info.height, channels: info.channels },
  });
  await Promise.all(
    recipe.widths.flatMap((width) =>
      recipe.formats.map((format) => {
        const image = decoded.clone();
        if (width !== info.width) image.resize({ width });
        return encoder(image, format).toFile(
          path.join(dir, outputName(width, format)),
        );
      }),
    ),
  );
}
