import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { renderCard } from "../../src/seo/card/renderCard";
import type { CardSpec } from "../../src/seo/card/cardSpec";

/** What gatsby/previewCards/previewCards.ts hands the worker thread. */
export interface PreviewCardsJob {
  /** Each card by its key (its file's name without `.png`). */
  cards: Array<{ key: string; spec: CardSpec }>;
  /** Authors' own images, copied as they are: absolute source, name in the cards folder. */
  copies: Array<{ from: string; name: string }>;
  /** Cards made before, by key: kept across builds and `gatsby clean`. */
  cacheDir: string;
  /** public/og/ */
  outDir: string;
}

export type PreviewCardsMessage =
  | { kind: "progress"; done: number }
  | {
      kind: "done";
      made: number;
      reused: number;
      removed: number;
      seconds: number;
    }
  | { kind: "failed"; message: string };

const send = (message: PreviewCardsMessage) => parentPort?.postMessage(message);

async function run(job: PreviewCardsJob): Promise<void> {
  const started = performance.now();
  mkdirSync(job.cacheDir, { recursive: true });
  mkdirSync(job.outDir, { recursive: true });
  let made = 0;
  let done = 0;
  for (const { key, spec } of job.cards) {
    const cached = path.join(job.cacheDir, `${key}.png`);
    if (!existsSync(cached)) {
      // Written whole under a temporary name, so a build stopped midway leaves no half card.
      const partial = `${cached}.${process.pid}.tmp`;
      writeFileSync(partial, await renderCard(spec));
      copyFileSync(partial, cached);
      rmSync(partial);
      made++;
    }
    const out = path.join(job.outDir, `${key}.png`);
    if (!existsSync(out)) copyFileSync(cached, out);
    if (++done % 50 === 0) send({ kind: "progress", done });
  }
  for (const { from, name } of job.copies)
    copyFileSync(from, path.join(job.outDir, name));
  // Cards of titles since changed, and images since replaced, go: public/ keeps what it had.
  const wanted = new Set([
    ...job.cards.map(({ key }) => `${key}.png`),
    ...job.copies.map(({ name }) => name),
  ]);
  let removed = 0;
  for (const name of readdirSync(job.outDir)) {
    if (wanted.has(name)) continue;
    rmSync(path.join(job.outDir, name), { force: true });
    removed++;
  }
  send({
    kind: "done",
    made,
    reused: job.cards.length - made,
    removed,
    seconds: (performance.now() - started) / 1000,
  });
}

// The entry of the worker thread that gatsby/previewCards/previewCards.ts bundles and starts.
run(workerData as PreviewCardsJob).catch((error: unknown) =>
  send({
    kind: "failed",
    message:
      error instanceof Error ? (error.stack ?? error.message) : String(error),
  }),
);
