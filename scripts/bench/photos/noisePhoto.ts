import sharp from "sharp";

/**
 * A JPEG of seeded noise, softened a little, standing in for a phone photo: as hard to compress
 * as a detailed one, about as many bytes, and the same every run (the "generated with
 * noise"). xorshift32, so no package is needed for a seeded generator.
 */
export async function noisePhoto(
  width: number,
  height: number,
  seed: number,
  quality = 90,
): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  let state = seed >>> 0 || 1;
  for (let i = 0; i < pixels.length; i += 1) {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    pixels[i] = state & 255;
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .blur(1.5)
    .jpeg({ quality })
    .toBuffer();
}
