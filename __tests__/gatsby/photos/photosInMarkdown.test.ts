import {
  appendFileSync,
  existsSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import sharp from "sharp";
import type { Reporter } from "gatsby";
import { photoSummary } from "../../../gatsby/photos/photoCache";
import {
  photosInMarkdown,
  type MdastNode,
} from "../../../gatsby/photos/photosInMarkdown";
import { tempSite } from "../../helpers/tempSite";

/** A small photo of one colour, `orientation` as a phone's EXIF says it was held. */
const photo = (width: number, height: number, red: number, orientation = 1) =>
  sharp({
    create: {
      width,
      height,
      channels: 3,
      background: { r: red, g: 90, b: 40 },
    },
  })
    .withMetadata({ orientation })
    .jpeg()
    .toBuffer();

function fakeReporter() {
  const problems: string[] = [];
  const reporter = {
    createProgress: () => ({
      start() {},
      tick() {},
      done() {},
      total: 0,
    }),
    panicOnBuild: (message: string) => problems.push(message),
  } as unknown as Reporter;
  return { reporter, problems };
}

const image = (url: string, alt = "바다"): MdastNode => ({
  type: "image",
  url,
  alt,
});

let site: ReturnType<typeof tempSite>;
const cwd = process.cwd();
beforeEach(() => {
  site = tempSite({ "content/posts/a/index.md": "" });
  process.env.PHOTO_CACHE = path.join(site.root, "cache");
  process.chdir(site.root);
});
afterEach(() => {
  process.chdir(cwd);
  delete process.env.PHOTO_CACHE;
  site.remove();
  photoSummary(site.root);
});

/** Runs the plugin over a post holding `nodes`; returns the post's tree after it. */
async function build(nodes: MdastNode[]) {
  const tree: MdastNode = {
    type: "root",
    children: [{ type: "paragraph", children: nodes }],
  };
  const { reporter, problems } = fakeReporter();
  await photosInMarkdown({
    markdownAST: tree,
    markdownNode: { parent: "file" },
    getNode: () => ({ dir: path.join(site.root, "content/posts/a") }),
    pathPrefix: "/blog",
    reporter,
  });
  expect(problems).toEqual([]);
  return tree.children?.[0]?.children ?? [];
}

const srcset = (html: string, tag: string) =>
  new RegExp(`<${tag}[^>]* srcset="([^"]+)"`, "u").exec(html)?.[1] ?? "";

test("a phone photo becomes WebP and JPEG at the column's widths in public/static, and its URL changes with it", async () => {
  const file = path.join(site.root, "content/posts/a/바다.jpg");
  writeFileSync(file, await photo(1600, 1200, 200));
  const [node] = await build([image("./%EB%B0%94%EB%8B%A4.jpg")]);
  expect(node?.type).toBe("html");
  const html = node?.value ?? "";
  const webp = srcset(html, "source").split(", ");
  expect(webp.map((c) => c.split(" ")[1])).toEqual(["672w", "1008w", "1344w"]);
  expect(webp[0]).toMatch(
    /^\/blog\/static\/[0-9a-f]+\/%EB%B0%94%EB%8B%A4-672\.webp /u,
  );
  for (const candidate of [...webp, ...srcset(html, "img").split(", ")]) {
    const [url = "", width = ""] = candidate.split(" ");
    const written = path.join(
      site.root,
      "public",
      decodeURIComponent(url.replace(/^\/blog/u, "")),
    );
    const meta = await sharp(written).metadata();
    expect([meta.format, `${meta.width}w`]).toEqual([
      url.endsWith(".webp") ? "webp" : "jpeg",
      width,
    ]);
  }
  expect(html).toContain('width="672" height="504"');
  expect(photoSummary(site.root)).toMatch(
    /^photos: 1 encoded in [\d.]+ s, 0 from the cache/u,
  );

  writeFileSync(file, await photo(1600, 1200, 20));
  const [changed] = await build([image("./%EB%B0%94%EB%8B%A4.jpg")]);
  expect(srcset(changed?.value ?? "", "source")).not.toBe(webp.join(", "));
});

test("a photo already in the cache is only copied: nothing is encoded, after public/ is gone too", async () => {
  writeFileSync(
    path.join(site.root, "content/posts/a/a.jpg"),
    await photo(800, 600, 100),
  );
  const [first] = await build([image("a.jpg")]);
  photoSummary(site.root);
  rmSync(path.join(site.root, "public"), { recursive: true });
  const [again] = await build([image("a.jpg")]);
  expect(photoSummary(site.root)).toBe(
    `photos: 0 encoded, 1 from the cache (cache)`,
  );
  expect(again?.value).toBe(first?.value);
  const url = srcset(again?.value ?? "", "img").split(" ")[0] ?? "";
  expect(
    existsSync(path.join(site.root, "public", url.slice("/blog".length))),
  ).toBe(true);
});

test("a photo taken upright shows upright, in its turned proportions", async () => {
  writeFileSync(
    path.join(site.root, "content/posts/a/upright.jpg"),
    await photo(1600, 1200, 100, 6),
  );
  const [node] = await build([image("upright.jpg")]);
  expect(node?.value).toContain('width="672" height="896"');
  const url =
    srcset(node?.value ?? "", "img")
      .split(", ")
      .at(-1)
      ?.split(" ")[0] ?? "";
  const meta = await sharp(
    path.join(site.root, "public", url.slice("/blog".length)),
  ).metadata();
  expect([meta.width, meta.height]).toEqual([1200, 1600]);
});

test("a GIF, a missing photo and a picture elsewhere are left as they were", async () => {
  writeFileSync(
    path.join(site.root, "content/posts/a/loop.gif"),
    await sharp({
      create: { width: 4, height: 4, channels: 3, background: "red" },
    })
      .gif()
      .toBuffer(),
  );
  const nodes = [
    image("loop.gif"),
    image("없음.jpg"),
    image("https://example.com/a.jpg"),
  ];
  const after = await build(nodes.map((n) => ({ ...n })));
  expect(after).toEqual(nodes);
  expect(readdirSync(site.root)).not.toContain("public");
});

test("the summary counts the photos of every process of the build, as Gatsby's query worker encodes them", async () => {
  const tallyFile = path.join(site.root, "photos.tally");
  process.env.PHOTO_TALLY = tallyFile;
  try {
    writeFileSync(
      path.join(site.root, "content/posts/a/b.jpg"),
      await photo(800, 600, 7),
    );
    await build([image("b.jpg")]);
    // What a worker process would have added to the same file.
    appendFileSync(tallyFile, "encoded 2.5\ncached\ncached\n");
    expect(photoSummary(site.root)).toBe(
      "photos: 2 encoded in 2.5 s, 2 from the cache (cache)",
    );
    expect(existsSync(tallyFile)).toBe(false);
  } finally {
    delete process.env.PHOTO_TALLY;
  }
});
