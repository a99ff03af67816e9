import { LABEL, mb, seconds, table } from "../benchTable";
import type { PhotoResult } from "./benchPhotos";

/** The photo posts' cold builds: time, memory, image phase and what public/static holds. */
export function photoTable(results: readonly PhotoResult[]): string {
  return table(
    [
      "site",
      "posts",
      "photos",
      "cold wall s",
      "cold CPU s",
      "cold peak MB",
      "image jobs s",
      "public/static MB",
    ],
    results.map((r) => [
      LABEL[r.site],
      `${r.textPosts} + ${r.photoPosts} with photos`,
      String(r.photos),
      seconds(r.cold.wallSeconds),
      seconds(r.cold.cpuSeconds),
      mb(r.cold.peakRssBytes),
      r.imageSeconds === null ? "–" : seconds(r.imageSeconds),
      (r.staticBytes / 2 ** 20).toFixed(1),
    ]),
  );
}
