import { existsSync } from "node:fs";
import sharp from "sharp";
import { photoFiles } from "../../../../scripts/bench/photos/photoFiles";
import { noisePhoto } from "../../../../scripts/bench/photos/noisePhoto";
import { photoPosts } from "../../../../scripts/bench/photos/photoPosts";
import { imageSeconds } from "../../../../scripts/bench/photos/imageSeconds";
import { checkContent } from "../../../../src/authoring/contentCheck";

describe("the photo posts", () => {
  const posts = photoPosts(3);

  test("are the same every time, and another seed gives other photos", () => {
    expect(photoPosts(3)).toEqual(posts);
    expect(photoPosts(3, 2).map((p) => p.photos[0]?.seed)).not.toEqual(
      posts.map((p) => p.photos[0]?.seed),
    );
  });

  test("each a folder with its markdown and two photos written into the text", () => {
    expect(posts.map((p) => p.file)).toEqual([
      "photos-001/index.md",
      "photos-002/index.md",
      "photos-003/index.md",
    ]);
    const first = posts[0];
    expect(first?.photos.map((p) => p.file)).toEqual([
      "photos-001/photo-1.jpg",
      "photos-001/photo-2.jpg",
    ]);
    expect(first?.markdown).toContain("](./photo-1.jpg)");
    expect(first?.markdown).toContain("](./photo-2.jpg)");
    const seeds = posts.flatMap((p) => p.photos.map((photo) => photo.seed));
    expect(new Set(seeds).size).toBe(seeds.length);
  });

  test("are posts the content check finds nothing wrong with", () => {
    const photos = new Set(
      posts.flatMap((p) =>
        p.photos.map((photo) => `content/posts/${photo.file}`),
      ),
    );
    const { problems, validPosts } = checkContent(
      posts.map((p) => ({
        file: `content/posts/${p.file}`,
        source: p.markdown,
      })),
      {
        timeZone: "Asia/Seoul",
        language: "ko",
        postsPerPage: 10,
        exists: (file) => photos.has(file) || existsSync(file),
        staticUrls: new Set(),
      },
    );
    expect(problems).toEqual([]);
    expect(validPosts).toBe(3);
  });
});

describe("the photos' pixels and files", () => {
  test("the same seed gives the same photo; another seed another photo", async () => {
    const photo = await noisePhoto(40, 30, 7);
    expect((await noisePhoto(40, 30, 7)).equals(photo)).toBe(true);
    expect((await noisePhoto(40, 30, 8)).equals(photo)).toBe(false);
  });

  test("the same JPEG bytes every run, at the size asked for", async () => {
    const size = { width: 64, height: 48 };
    const [one, two] = [
      await photoFiles(1, 1, size),
      await photoFiles(1, 1, size),
    ];
    expect(one.map((f) => f.file)).toEqual([
      "photos-001/index.md",
      "photos-001/photo-1.jpg",
      "photos-001/photo-2.jpg",
    ]);
    expect(one).toEqual(two);
    const photo = one[1]?.content;
    expect(Buffer.isBuffer(photo)).toBe(true);
    const meta = await sharp(photo as Buffer).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["jpeg", 64, 48]);
  });
});

describe("the image phase of a build log", () => {
  test("gatsby-plugin-sharp's jobs, or none", () => {
    const log = [
      "success run queries in workers - 2.500s - 20/20 8.00/s",
      "success Running gatsby-plugin-sharp.IMAGE_PROCESSING jobs - 12.250s - 48/48 3.92/s",
      "success Building static HTML for pages - 0.562s - 37/37 65.89/s",
    ].join("\n");
    expect(imageSeconds(log)).toBe(12.25);
    expect(imageSeconds("success createPages - 0.152s")).toBeNull();
  });
});
