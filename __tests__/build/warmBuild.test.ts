import {
  appendFileSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from "node:fs";
import path from "node:path";
import {
  buildSite,
  createScratchSite,
  type BuildResult,
} from "../../scripts/scratchSite";

/**
 * What a build after a build redoes (gatsby/onCreateWebpackConfig.ts): after an edited post,
 * that post's page and not every page, even right after a cold build; after an edited
 * stylesheet, every page, or readers keep the old styles.
 */

const keep = process.env.KEEP_SCRATCH === "1";
const EDITED = "2023-11-02-클린-코드-다시-읽기.md";
const RULE = ".warm-build-probe{color:#123456}";

let site: string;
const results: BuildResult[] = [];
const stamps: Array<Map<string, number>> = [];

/** Every HTML page the build wrote, with the time it was last written. */
function pages(): Map<string, number> {
  const dir = path.join(site, "public");
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return [path.relative(dir, file), statSync(file).mtimeMs] as const;
      }),
  );
}

async function build() {
  results.push(await buildSite(site));
  stamps.push(pages());
}

/** The pages the build at `index` wrote again. */
const rewritten = (index: number) =>
  [...(stamps[index] ?? [])]
    .filter(([file, time]) => stamps[index - 1]?.get(file) !== time)
    .map(([file]) => file);

beforeAll(async () => {
  site = createScratchSite(
    [
      "2019-04-17-AWS-Summit-Seoul-메모.md",
      EDITED,
      "2024-06-20-hangul-urls.md",
      "about.md",
    ].map((name) => path.resolve("content/posts", name)),
  );
  await build();
  appendFileSync(
    path.join(site, "content", "posts", EDITED),
    "\n\n다시 읽으며 덧붙인 문단.\n",
  );
  await build();
  appendFileSync(path.join(site, "src", "styles", "global.css"), `\n${RULE}\n`);
  await build();
});

afterAll(() => {
  if (!keep) rmSync(site, { recursive: true, force: true });
});

test("the three builds succeed", () => {
  expect(
    results.map((result) => [result.code, result.output.slice(-2000)]),
  ).toEqual(results.map((result) => [0, result.output.slice(-2000)]));
});

test("right after a cold build, an edited post's build writes its page, not every page", () => {
  const again = rewritten(1);
  const post = again.find((file) => file.includes("클린-코드"));
  expect(post).toBeDefined();
  expect(readFileSync(path.join(site, "public", post ?? ""), "utf8")).toContain(
    "다시 읽으며 덧붙인 문단.",
  );
  // Pages that list or link the post change with it (its excerpt, its reading time); a page
  // that does not, and most of the site, are left as they were.
  expect(again).not.toContain("about/index.html");
  expect(again.length).toBeLessThan((stamps[1]?.size ?? 0) / 2);
});

test("after an edited stylesheet, every page carries the new styles", () => {
  const all = [...(stamps[2]?.keys() ?? [])];
  expect(all.length).toBeGreaterThan(10);
  const stale = all.filter(
    (file) =>
      !file.startsWith("_gatsby") &&
      !readFileSync(path.join(site, "public", file), "utf8").includes(
        "warm-build-probe",
      ),
  );
  expect(stale).toEqual([]);
});
