import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { imageSize } from "image-size";
import type { CreatePagesArgs } from "gatsby";
import type { PostFields } from "../../src/content/postSchema";
import { previewImageFile } from "../../src/authoring/previewImage";
import {
  CARD_FOLDER,
  cardKey,
  type PreviewImage,
} from "../../src/seo/card/cardSpec";
import { postCard, siteCard } from "../../src/seo/card/previewImages";
import type {
  PreviewCardsJob,
  PreviewCardsMessage,
} from "./previewCardsWorker";
import { workerSource } from "../workerBundle";

type Reporter = CreatePagesArgs["reporter"];

/**
 * The preview cards' life in `gatsby build`, like the search index's (gatsby/search/searchIndex.ts):
 * createPages plans them (`planPreviewCards`) and hands the job over, onPreBuild starts a worker
 * thread that draws the cards while Gatsby bundles and renders, onPostBuild waits for it. Each
 * card is kept in a cache by what it shows (src/seo/card/cardSpec.ts), so a warm build draws
 * only the cards whose text changed. `gatsby develop` draws none: no link preview reaches it.
 */

/** Outside .cache/, so `gatsby clean` keeps the cards; PREVIEW_CARD_CACHE moves it (tests). */
const cacheDir = (directory: string) =>
  process.env.PREVIEW_CARD_CACHE ??
  path.join(directory, "node_modules", ".cache", "preview-cards");

export interface CardPlan {
  /** Authors' own images (frontmatter `image`) by post URL, for the pages' heads. */
  ownImages: Map<string, PreviewImage>;
  job: PreviewCardsJob;
  /** Own images that could not be read, one line each, naming the post and the file. */
  problems: string[];
}

export function planPreviewCards(
  posts: ReadonlyArray<{ file: string; post: PostFields }>,
  directory: string,
): CardPlan {
  const ownImages = new Map<string, PreviewImage>();
  const copies: PreviewCardsJob["copies"] = [];
  const problems: string[] = [];
  const cards = new Map([[cardKey(siteCard()), siteCard()]]);
  for (const { file, post } of posts) {
    if (post.image === null) {
      if (post.kind === "post") {
        const card = postCard(post);
        cards.set(cardKey(card), card);
      }
      continue;
    }
    const source = path.resolve(directory, previewImageFile(post.image, file));
    // A missing file has been reported already, as the check reports it (onCreateNode).
    if (!existsSync(source)) continue;
    try {
      const bytes = readFileSync(source);
      const { width, height } = imageSize(bytes);
      // static/ serves its own files; one beside a post is copied into the cards' folder.
      const inStatic = post.image.startsWith("/");
      const name = `${createHash("sha256").update(bytes).digest("hex").slice(0, 16)}${path.extname(source).toLowerCase()}`;
      if (!inStatic) copies.push({ from: source, name });
      ownImages.set(post.url, {
        path: inStatic ? post.image : `${CARD_FOLDER}${name}`,
        width,
        height,
        alt: post.title,
      });
    } catch (error) {
      problems.push(
        `${file}: image ${JSON.stringify(post.image)} — expected a readable .jpg, .png, .webp or .gif, but ${path.relative(directory, source)} could not be read (${error instanceof Error ? error.message : String(error)})`,
      );
    }
  }
  return {
    ownImages,
    problems,
    job: {
      cards: [...cards].map(([key, spec]) => ({ key, spec })),
      copies,
      cacheDir: cacheDir(directory),
      outDir: path.join(directory, "public", CARD_FOLDER),
    },
  };
}

/** How far the drawing is, for the progress bar onPostBuild shows if it has to wait. */
let drawn = 0;
let finished = false;
let onDrawn: ((done: number) => void) | null = null;

function drawCards(job: PreviewCardsJob, reporter: Reporter): Promise<boolean> {
  drawn = 0;
  finished = false;
  return new Promise((resolve) => {
    let settled = false;
    const settle = (ok: boolean, message: string) => {
      if (settled) return;
      settled = true;
      finished = true;
      if (ok) reporter.info(message);
      else
        reporter.panicOnBuild(`Could not make the preview cards: ${message}`);
      resolve(ok);
    };
    const worker = new Worker(
      // The drawing libraries are the thread's own to load (sharp is native), not bundled.
      workerSource("previewCards/previewCardsWorker.ts", [
        "satori",
        "sharp",
        "fontkit",
        "react",
      ]),
      { eval: true, workerData: job },
    );
    worker.on("message", (message: PreviewCardsMessage) => {
      if (message.kind === "progress") {
        drawn = message.done;
        onDrawn?.(drawn);
      } else if (message.kind === "failed") settle(false, message.message);
      else {
        settle(
          true,
          `Preview cards: ${message.made} drawn, ${message.reused} from the cache, ${job.copies.length} authors' images, in ${message.seconds.toFixed(1)} s on a worker thread` +
            (message.removed > 0
              ? `; removed ${message.removed} no page shows`
              : ""),
        );
      }
    });
    worker.once("error", (error) =>
      settle(false, error.stack ?? error.message),
    );
    worker.once("exit", (code) =>
      settle(false, `the worker stopped (exit ${code})`),
    );
  });
}

let handedOver: PreviewCardsJob | null = null;
let drawing: { total: number; done: Promise<boolean> } | null = null;

export function handOverPreviewCards(job: PreviewCardsJob): void {
  handedOver = job;
}

export function startPreviewCards(reporter: Reporter): void {
  if (handedOver)
    drawing = {
      total: handedOver.cards.length,
      done: drawCards(handedOver, reporter),
    };
  handedOver = null;
}

export async function previewCardsDrawn(reporter: Reporter): Promise<void> {
  const started = drawing;
  drawing = null;
  if (!started) {
    reporter.panicOnBuild(
      "The preview cards were never started (gatsby/previewCards/previewCards.ts: createPages hands them over, onPreBuild starts them)",
    );
    return;
  }
  if (finished) {
    await started.done;
    return;
  }
  // Still drawing once everything else is done (a cold build of many posts): show how far.
  const progress = reporter.createProgress(
    "Drawing preview cards",
    started.total,
    drawn,
  );
  progress.start();
  let shown = drawn;
  onDrawn = (done) => {
    progress.tick(done - shown);
    shown = done;
  };
  await started.done;
  onDrawn = null;
  progress.done();
}
