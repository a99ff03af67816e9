import { readdirSync, rmSync } from "node:fs";
import path from "node:path";
import {
  buildSite,
  createScratchSite,
  type BuildResult,
} from "../../scripts/scratchSite";

/**
 * The real `gatsby build` on bad posts, in a scratch copy of the site: what an author sees.
 */

const fixtures = path.resolve("__tests__/fixtures");
const keep = process.env.KEEP_SCRATCH === "1";

describe("a site with bad posts", () => {
  let site: string;
  let result: BuildResult;

  beforeAll(async () => {
    const dir = path.join(fixtures, "build-bad");
    site = createScratchSite(readdirSync(dir).map((f) => path.join(dir, f)));
    result = await buildSite(site);
  });

  afterAll(() => {
    if (!keep) rmSync(site, { recursive: true, force: true });
  });

  test("fails", () => {
    expect(result.code).not.toBe(0);
  });

  test.each([
    ["unquoted-colon.md", "frontmatter", "valid YAML (line 2"],
    ["impossible-date.md", "date", '"2019-02-30"'],
    ["no-category.md", "category", "a category for every post"],
    ["no-category.md", "tags", "a list of tags"],
    ["same-path-1.md", "path", "same-path-2.md"],
    ["same-path-2.md", "path", "same-path-1.md"],
    ["category-aws-upper.md", "category", "category-aws-lower.md"],
    ["category-aws-lower.md", "category", "category-aws-upper.md"],
    [
      "missing-files.md",
      "image",
      "an image file beside the post (line 10) — content/posts/없는-구성도.svg does not exist",
    ],
    [
      "missing-files.md",
      "link",
      "a file beside the post (line 12) — content/posts/talk.pdf does not exist",
    ],
    ["alias-taken.md", "aliases", 'good.md ("/fine/")'],
    ["good.md", "path", 'alias-taken.md (aliases: "/Fine/")'],
  ])("names %s, its field %s and %j in one line", (file, field, detail) => {
    const line = result.output
      .split("\n")
      .find((l) => l.includes(`content/posts/${file}: ${field}:`));
    expect(line).toBeDefined();
    expect(line).toContain(detail);
  });

  test("reports them all in the one run", () => {
    expect(result.output).toContain("12 problems in 10 post files:");
  });
});
