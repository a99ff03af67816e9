import { appendFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { BenchSite } from "../benchSites";
import type { SiteName } from "../benchTable";
import { cleanSite } from "../timedBuild";
import { pollUntil, startDevelop, type Develop } from "./developServer";
import { pageDataUrl, pageUrl } from "./pageDataUrl";
import { settle } from "./settle";

export interface DevelopResult {
  site: SiteName;
  posts: number;
  /** From the start of `gatsby develop` to the edited post's page answering 200. */
  readySeconds: number | null;
  /** From each save of the post to its page-data holding the edit. */
  saves: number[];
  /** Why it stopped early, with where its log is; null when every step finished. */
  failure: string | null;
}

/** Develop can stall (gatsbyjs/gatsby#34051): a limit for each wait, growing with the blog. */
const startLimit = (posts: number) => 300 + Math.ceil(posts / 10);
const SAVE_LIMIT = 120;

/**
 * `gatsby develop` after `gatsby clean`, as an author starts it on a fresh checkout, then
 * `saves` edits of one post, each a paragraph with a marker of its own appended, timed until
 * the post's page-data.json has the marker. The server's whole process group is stopped at
 * the end, whatever happened.
 */
export async function benchDevelop(
  site: BenchSite,
  posts: number,
  saves: number,
): Promise<DevelopResult> {
  const result: DevelopResult = {
    site: site.name,
    posts,
    readySeconds: null,
    saves: [],
    failure: null,
  };
  if (!site.develop) return { ...result, failure: "no gatsby develop" };
  const { gatsby, pagePath } = site.develop;
  await cleanSite(site, "develop-clean");
  // Outside the site folder, which the bench removes: the log is for when something failed.
  const logFile = path.join(
    os.tmpdir(),
    `blog-bench-develop-${site.name}-${posts}.log`,
  );
  const started = performance.now();
  let develop: Develop | undefined;
  try {
    develop = await startDevelop({
      cwd: site.dir,
      gatsby,
      env: site.env,
      logFile,
    });
    const server = develop;
    const stopped = () => {
      const code = server.exited();
      return code === undefined ? null : `gatsby develop exited (code ${code})`;
    };
    await pollUntil(pageUrl(server.origin, pagePath), () => true, {
      timeoutSeconds: startLimit(posts),
      everyMs: 250,
      stopped,
    });
    result.readySeconds = (performance.now() - started) / 1000;
    const data = pageDataUrl(server.origin, pagePath);
    // The first request runs the page's query; saves are timed from a page already shown.
    await pollUntil(data, () => true, {
      timeoutSeconds: SAVE_LIMIT,
      everyMs: 250,
      stopped,
    });
    const file = path.join(site.dir, "content", "posts", site.editedPost);
    for (let i = 1; i <= saves; i++) {
      // As an author saves: after develop is done with the start or the last save.
      if (!(await settle(server)))
        console.log(
          `  ${site.name} develop still busy after 120 s; saving anyway`,
        );
      const marker = `bench-save-${i}-done`;
      appendFileSync(file, `\n저장 ${i}번째: ${marker}\n`);
      result.saves.push(
        await pollUntil(data, (body) => body.includes(marker), {
          timeoutSeconds: SAVE_LIMIT,
          everyMs: 100,
          stopped,
        }),
      );
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    result.failure = `${site.name} at ${posts} posts: ${message}; log: ${logFile}`;
  } finally {
    await develop?.stop();
  }
  return result;
}
