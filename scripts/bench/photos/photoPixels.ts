import { random } from "../generateCorpus";

/**
 * The RGB pixels of one made-up photo: a soft gradient between two colours drawn from the seed,
 * with grain on every pixel. Pure noise would make a JPEG several times a phone photo's size;
 * the grain keeps the file near what a phone writes (a few MB at 4000×3000), so image plugins
 * decode, resize and copy about what they would for real photos. The same seed gives the same
 * bytes: libvips' own noise generators take no seed.
 */
export function photoPixels(
  width: number,
  height: number,
  seed: number,
): Buffer {
  const next = random(seed);
  const from = [0, 1, 2].map(() => 40 + next() * 170);
  const to = [0, 1, 2].map(() => 40 + next() * 170);
  const pixels = Buffer.alloc(width * height * 3);
  let at = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const mix = (x / width + y / height) / 2;
      // One draw gives grain for all three channels: 10 bits each, ±24 levels.
      const grain = Math.floor(next() * 2 ** 30);
      for (let c = 0; c < 3; c++) {
        const base = (from[c] ?? 0) * (1 - mix) + (to[c] ?? 0) * mix;
        const noise = (((grain >>> (c * 10)) & 1023) / 1023 - 0.5) * 48;
        pixels[at++] = Math.max(0, Math.min(255, Math.round(base + noise)));
      }
    }
  }
  return pixels;
}
