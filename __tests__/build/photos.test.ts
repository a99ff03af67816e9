import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { JSDOM } from "jsdom";
import sharp from "sharp";
import {
  buildSite,
  createScratchSite,
  type BuildResult,
} from "../../scripts/scratchSite";
import { noisePhoto } from "../../scripts/bench/photos/noisePhoto";

/**
 * Photos beside a post in real builds (plugins/gatsby-remark-photos): what a reader's browser
 * gets, and what a build costs — encoded once, then taken from the photo cache even after
 * `gatsby clean`, as CI and the deploy workflows build; a changed photo gets a new URL.
 */

const keep = process.env.KEEP_SCRATCH === "1";
const POST = `---
title: 사진이 있는 글
path: /photo-post
category: 사진
date: 2024-04-01
---

![성산 앞바다](./바다.jpg)

![화면 갈무리](./screen.png "설정 화면")

![전체 지도](./map.jpg#full)

![](./장식.jpg)
`;

let site: string;
let cache: string;
const builds: Array<{ result: BuildResult; html: string }> = [];
const posts = () => path.join(site, "content", "posts", "photo-post");

async function build() {
  const result = await buildSite(site);
  const file = path.join(site, "public", "photo-post", "index.html");
  builds.push({ result, html: readFileSync(file, "utf8") });
}

beforeAll(async () => {
  const fixture = mkdtempSync(path.join(os.tmpdir(), "photo-post-"));
  const dir = path.join(fixture, "photo-post");
  mkdirSync(dir);
  writeFileSync(path.join(dir, "index.md"), POST);
  writeFileSync(path.join(dir, "바다.jpg"), await noisePhoto(1600, 1200, 1));
  writeFileSync(path.join(dir, "map.jpg"), await noisePhoto(2000, 1000, 2));
  writeFileSync(path.join(dir, "장식.jpg"), await noisePhoto(400, 300, 3));
  writeFileSync(
    path.join(dir, "screen.png"),
    await sharp(await noisePhoto(900, 600, 4))
      .png()
      .toBuffer(),
  );
  site = createScratchSite([dir]);
  rmSync(fixture, { recursive: true });
  cache = mkdtempSync(path.join(os.tmpdir(), "photo-cache-"));
  // buildSite passes the test's environment to gatsby; the cache is this test's own.
  process.env.PHOTO_CACHE = cache;
  try {
    await build();
    execFileSync(path.join(site, "node_modules", ".bin", "gatsby"), ["clean"], {
      cwd: site,
      stdio: "ignore",
    });
    await build();
    writeFileSync(
      path.join(posts(), "바다.jpg"),
      await noisePhoto(1600, 1200, 5),
    );
    await build();
  } finally {
    delete process.env.PHOTO_CACHE;
  }
});

afterAll(() => {
  if (!keep) {
    rmSync(site, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  }
});

const doc = (index: number) =>
  new JSDOM(builds[index]?.html ?? "").window.document;
const widths = (srcset: string | null | undefined) =>
  (srcset ?? "")
    .split(", ")
    .map((candidate) => Number(candidate.split(" ")[1]?.slice(0, -1)));
const image = (index: number, alt: string) =>
  [...doc(index).querySelectorAll(".post-body img")].find(
    (img) => img.getAttribute("alt") === alt,
  );

test("the three builds succeed", () => {
  expect(builds.map((b) => b.result.code)).toEqual([0, 0, 0]);
});

test("a phone photo is a picture: WebP first at the column's widths, then the JPEG, sized and lazy", async () => {
  const img = image(0, "성산 앞바다");
  const source = img?.parentElement?.querySelector("source");
  expect(img?.parentElement?.tagName).toBe("PICTURE");
  expect(source?.getAttribute("type")).toBe("image/webp");
  expect(widths(source?.getAttribute("srcset"))).toEqual([672, 1008, 1344]);
  expect(widths(img?.getAttribute("srcset"))).toEqual([672, 1008, 1344]);
  expect(
    ["width", "height", "loading", "decoding", "sizes"].map((a) =>
      img?.getAttribute(a),
    ),
  ).toEqual([
    "672",
    "504",
    "lazy",
    "async",
    "(min-width: 44rem) 42rem, calc(100vw - 2rem)",
  ]);
  for (const [srcset, format] of [
    [source?.getAttribute("srcset"), "webp"],
    [img?.getAttribute("srcset"), "jpeg"],
  ] as const)
    for (const candidate of (srcset ?? "").split(", ")) {
      const [url = "", width] = candidate.split(" ");
      const meta = await sharp(
        path.join(site, "public", decodeURIComponent(url)),
      ).metadata();
      expect([meta.format, `${meta.width}w`]).toEqual([format, width]);
    }
});

test('a PNG falls back to PNG with its title; #full keeps the map\'s own width; a decorative photo keeps alt=""', () => {
  const screen = image(0, "화면 갈무리");
  expect(screen?.getAttribute("title")).toBe("설정 화면");
  expect(screen?.getAttribute("src")).toMatch(/\.png$/u);
  expect(widths(screen?.getAttribute("srcset"))).toEqual([672, 900]);
  expect(widths(image(0, "전체 지도")?.getAttribute("srcset"))).toEqual([
    672, 1008, 1344, 2000,
  ]);
  const decorative = image(0, "");
  expect(widths(decorative?.getAttribute("srcset"))).toEqual([400]);
  expect([
    decorative?.getAttribute("width"),
    decorative?.getAttribute("height"),
  ]).toEqual(["400", "300"]);
});

test("the build says what the photos cost: all encoded the first time, none after gatsby clean with the cache kept", () => {
  expect(builds[0]?.result.output).toMatch(
    /photos: 4 encoded in [\d.]+ s, 0 from the cache/u,
  );
  expect(builds[1]?.result.output).toMatch(
    /photos: 0 encoded, 4 from the cache/u,
  );
  expect(builds[1]?.html).toBe(builds[0]?.html);
});

test("a changed photo gets new URLs in the next build; the others keep theirs", () => {
  const before = image(0, "성산 앞바다")?.getAttribute("srcset");
  const after = image(2, "성산 앞바다")?.getAttribute("srcset");
  expect(after).not.toBe(before);
  expect(existsIn(after)).toBe(true);
  expect(image(2, "전체 지도")?.getAttribute("srcset")).toBe(
    image(0, "전체 지도")?.getAttribute("srcset"),
  );
  expect(builds[2]?.result.output).toMatch(/photos: 1 encoded in [\d.]+ s/u);
});

function existsIn(srcset: string | null | undefined): boolean {
  return (srcset ?? "")
    .split(", ")
    .every((candidate) =>
      existsSync(
        path.join(
          site,
          "public",
          decodeURIComponent(candidate.split(" ")[0] ?? ""),
        ),
      ),
    );
}
