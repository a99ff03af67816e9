import { mkdtempSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildSite, createScratchSite } from "../../scratchSite";
import { writeCorpus } from "../writeCorpus";

/**
 * `npx tsx scripts/bench/search/searchSite.ts [<posts>]`: builds a generated blog (default 1,000 posts)
 * in a temporary folder and prints where, to be served for scripts/bench/search/searchBrowser.ts.
 */
const count = Number(process.argv[2] ?? 1000);
const corpus = mkdtempSync(path.join(os.tmpdir(), "blog-corpus-"));
writeCorpus(corpus, count);
const site = createScratchSite(
  readdirSync(corpus).map((file) => path.join(corpus, file)),
);
const started = performance.now();
void buildSite(site).then(({ code, output }) => {
  const index = output
    .split("\n")
    .find((line) => line.includes("Search index"));
  console.log(
    `gatsby build of ${count} posts: exit ${code} in ${((performance.now() - started) / 1000).toFixed(0)} s; ${index ?? "no search index line"}`,
  );
  console.log(
    `Serve it: (cd ${site} && GATSBY_TELEMETRY_DISABLED=1 npx gatsby serve -H 127.0.0.1 -p 9123)`,
  );
});
