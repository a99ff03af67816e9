import { existsSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import type { CreatePagesArgs } from "gatsby";
import {
  handOverPreviewCards,
  planPreviewCards,
  previewCardsDrawn,
  startPreviewCards,
} from "../../gatsby/previewCards/previewCards";
import { cardImage } from "../../src/seo/card/cardSpec";
import { postCard, sitePreviewImage } from "../../src/seo/card/previewImages";
import { sourcePost } from "../helpers/posts";
import { tempSite } from "../helpers/tempSite";

type Reporter = CreatePagesArgs["reporter"];

function fakeReporter() {
  const progress = { start: jest.fn(), tick: jest.fn(), done: jest.fn() };
  return {
    info: jest.fn(),
    panicOnBuild: jest.fn(),
    createProgress: jest.fn(() => progress),
  };
}

/** createPages, onPreBuild and onPostBuild, as `gatsby build` calls them. */
async function build(posts: ReturnType<typeof sourcePost>[], root: string) {
  const plan = planPreviewCards(posts, root);
  const reporter = fakeReporter();
  handOverPreviewCards(plan.job);
  startPreviewCards(reporter as unknown as Reporter);
  await previewCardsDrawn(reporter as unknown as Reporter);
  expect(reporter.panicOnBuild).not.toHaveBeenCalled();
  return { plan, said: reporter.info.mock.calls.flat().join("\n") };
}

describe("preview cards in gatsby build", () => {
  let site: ReturnType<typeof tempSite>;
  beforeEach(async () => {
    site = tempSite({
      "static/images/wide.png": await sharp({
        create: {
          width: 1600,
          height: 840,
          channels: 3,
          background: "#0a58ca",
        },
      })
        .png()
        .toBuffer(),
      "content/posts/cover/cover.png": await sharp({
        create: { width: 800, height: 420, channels: 3, background: "#ffffff" },
      })
        .png()
        .toBuffer(),
    });
    process.env.PREVIEW_CARD_CACHE = path.join(site.root, "card-cache");
  });
  afterEach(() => {
    delete process.env.PREVIEW_CARD_CACHE;
    site.remove();
  });

  test("every post gets its card, the site one; a warm build after one edit draws one card", async () => {
    const posts = [
      sourcePost("a", { title: "첫 번째 글" }),
      sourcePost("b", { title: "두 번째 글" }),
      sourcePost("about", { title: "소개", type: "page" }),
    ];
    const cold = await build(posts, site.root);
    const out = path.join(site.root, "public", "og");
    // Two posts and the site (the standalone page shows the site's card).
    expect(cold.said).toMatch(/3 drawn, 0 from the cache/u);
    expect(readdirSync(out).sort()).toEqual(
      [
        cardImage(postCard(posts[0]!.post)),
        cardImage(postCard(posts[1]!.post)),
        sitePreviewImage(),
      ]
        .map((image) => path.basename(image.path))
        .sort(),
    );

    const edited = [
      sourcePost("a", { title: "첫 번째 글, 고쳐 씀" }),
      ...posts.slice(1),
    ];
    const warm = await build(edited, site.root);
    expect(warm.said).toMatch(
      /1 drawn, 2 from the cache.*removed 1 no page shows/u,
    );
    const stale = path.basename(cardImage(postCard(posts[0]!.post)).path);
    expect(existsSync(path.join(out, stale))).toBe(false);
  });

  test("an author's own image, beside the post or in static/, replaces the card with its own size", async () => {
    const beside = sourcePost("cover/index", {
      path: "/cover",
      image: "./cover.png",
    });
    const inStatic = sourcePost("wide", { image: "/images/wide.png" });
    const { plan } = await build([beside, inStatic], site.root);
    const own = plan.ownImages.get("/cover/");
    expect(own).toMatchObject({
      width: 800,
      height: 420,
      alt: "Post cover/index",
    });
    expect(own?.path).toMatch(/^\/og\/[0-9a-f]{16}\.png$/u);
    expect(existsSync(path.join(site.root, "public", own?.path ?? ""))).toBe(
      true,
    );
    expect(plan.ownImages.get("/wide/")).toEqual({
      path: "/images/wide.png",
      width: 1600,
      height: 840,
      alt: "Post wide",
    });
    // Only the site's card is drawn: both posts bring their own.
    expect(plan.job.cards).toHaveLength(1);
  });

  test("an image that is not a readable picture stops the build, naming the post and the file", () => {
    writeFileSync(
      path.join(site.root, "content/posts/cover/cover.png"),
      "not a picture",
    );
    const plan = planPreviewCards(
      [sourcePost("cover/index", { path: "/cover", image: "./cover.png" })],
      site.root,
    );
    expect(plan.problems).toEqual([
      expect.stringMatching(
        /^content\/posts\/cover\/index\.md: image "\.\/cover\.png" — .*content\/posts\/cover\/cover\.png could not be read/u,
      ),
    ]);
  });
});
