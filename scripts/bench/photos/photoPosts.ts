/**
 * Posts as a phone photographer writes them: a folder per post, its markdown and its photos
 * side by side, each photo written into the text as `![alt](./photo-1.jpg)`. Only the markdown
 * is made here; photoFiles.ts makes the JPEGs. Nothing in it knows which image plugin a site
 * runs: the bench builds the same files with whatever the site has.
 */

export const PHOTO_WIDTH = 4000;
export const PHOTO_HEIGHT = 3000;
export const PHOTOS_PER_POST = 2;

export interface PhotoPost {
  /** index.md's path relative to content/posts. */
  file: string;
  markdown: string;
  /** Photos beside it, relative to content/posts, each with the seed of its pixels. */
  photos: { file: string; seed: number }[];
}

const PLACES = [
  "제주 바다",
  "서울 골목",
  "부산 항구",
  "강릉 솔숲",
  "전주 한옥",
];

export function photoPosts(count: number, seed = 1): PhotoPost[] {
  return Array.from({ length: count }, (_, i) => {
    const name = `photos-${String(i + 1).padStart(3, "0")}`;
    const place = PLACES[i % PLACES.length] ?? "";
    const photos = Array.from({ length: PHOTOS_PER_POST }, (_, k) => ({
      file: `${name}/photo-${k + 1}.jpg`,
      // Distinct per photo and per seed, so no two files are the same image job.
      seed: seed * 100_003 + i * PHOTOS_PER_POST + k,
    }));
    const body = photos.flatMap((photo, k) => [
      `${place}에서 찍은 ${k + 1}번째 사진이다. 휴대폰으로 찍어 그대로 올렸다.`,
      `![${place} ${k + 1}](./${photo.file.split("/")[1] ?? ""})`,
    ]);
    const markdown = [
      "---",
      `title: "${place} 사진 ${i + 1}"`,
      `path: /bench/사진-${String(i + 1).padStart(3, "0")}`,
      "category: 여행",
      `date: 2014-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`,
      "tags: [사진, 여행]",
      "---",
      "",
      ...body.join("\n\n").split("\n"),
      "",
    ].join("\n");
    return { file: `${name}/index.md`, markdown, photos };
  });
}
