import { spawn, type ChildProcess } from "node:child_process";
import { appendFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { createScratchSite } from "../../scripts/scratchSite";
import { readAllStats, treeCpuTicks } from "../../scripts/build/processTree";
import { expect, SEED_PATH, SEED_TITLE, test } from "../fixtures";

/**
 * `gatsby develop` as an author uses it, in a scratch copy of the site: edits show up without a
 * restart, a new post can be opened, and a broken post is reported while the server keeps going.
 */
test.describe.configure({ timeout: 480_000 });

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        resolve(typeof address === "object" && address ? address.port : 0),
      );
    });
  });

let site: string;
let develop: ChildProcess;
let output = "";
let origin: string;

test.beforeAll(async () => {
  site = createScratchSite([
    path.resolve("content/posts/2019-04-17-AWS-Summit-Seoul-메모.md"),
  ]);
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  develop = spawn(
    path.join(site, "node_modules/.bin/gatsby"),
    ["develop", "-H", "127.0.0.1", "-p", String(port)],
    {
      cwd: site,
      detached: true,
      env: { ...process.env, GATSBY_TELEMETRY_DISABLED: "1" },
    },
  );
  develop.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  develop.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const ready = await expect
    .poll(() => output, { timeout: 240_000 })
    .toMatch(/You can now view/u)
    .then(() => true)
    .catch(() => false);
  if (!ready) {
    // Busy or waiting? The CPU its processes use over five seconds says which (a stall
    // uses none: gatsbyjs/gatsby#34051), for whoever reads the failure.
    const ticks = () => treeCpuTicks(readAllStats(), develop.pid ?? 0);
    const before = ticks();
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    throw new Error(
      `gatsby develop never became ready in 240 s; its processes used ${ticks() - before} CPU ticks in the last 5 s. Its output:\n${output.slice(-2_000)}`,
    );
  }
});

test.afterAll(() => {
  // What develop printed, for when a step here fails.
  mkdirSync("e2e-report", { recursive: true });
  writeFileSync("e2e-report/develop.log", output);
  if (develop.pid) process.kill(-develop.pid, "SIGTERM");
  rmSync(site, { recursive: true, force: true });
});

test("edits, new posts and broken posts, all without a restart", async ({
  page,
}) => {
  const posts = path.join(site, "content/posts");
  await page.goto(`${origin}${encodeURI(SEED_PATH)}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SEED_TITLE);

  appendFileSync(
    path.join(posts, "2019-04-17-AWS-Summit-Seoul-메모.md"),
    "\n\n라이브로 고친 문장.\n",
  );
  await expect(page.getByText("라이브로 고친 문장.")).toBeVisible({
    timeout: 60_000,
  });

  const newPost = path.join(posts, "new.md");
  writeFileSync(
    newPost,
    "---\ntitle: 새로 쓴 글\npath: /새-글\ncategory: 일상\ndate: 2024-02-01\n---\n\n새 글 본문.\n",
  );
  await expect
    .poll(
      async () => {
        await page.goto(`${origin}${encodeURI("/새-글/")}`);
        return page.getByRole("heading", { level: 1 }).textContent();
      },
      { timeout: 120_000 },
    )
    .toBe("새로 쓴 글");

  writeFileSync(
    newPost,
    "---\ntitle: 새로 쓴 글\npath: /새-글\ncategory: 일상\ndate: 2024-02-30\n---\n",
  );
  await expect
    .poll(() => output, { timeout: 60_000 })
    .toContain(
      'content/posts/new.md: date: "2024-02-30" — expected a real calendar date',
    );
  // Search works in develop too: createPages keeps the index current, rewriting it on a worker
  // thread a moment after each change, so ask until a complete answer comes.
  await expect
    .poll(
      async () => {
        try {
          const index = await page.request.get(
            `${origin}/search-index/meta.json`,
          );
          return index.status() === 200 ? await index.text() : "";
        } catch {
          return "";
        }
      },
      { timeout: 30_000 },
    )
    .toContain("/2019-04-17-AWS-Summit-Seoul-메모/");
  // The server keeps serving the good posts. develop rebuilds its page list after a change and
  // compiles a page when first asked ("Preparing requested page"), so ask until it is there.
  await expect
    .poll(
      async () => {
        const home = await page.goto(`${origin}/`);
        if (home?.status() !== 200) return 0;
        await page.waitForLoadState("networkidle");
        return page.getByRole("link", { name: SEED_TITLE }).count();
      },
      { timeout: 120_000, intervals: [2_000] },
    )
    .toBeGreaterThan(0);
});
