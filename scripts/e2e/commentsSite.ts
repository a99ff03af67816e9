import { chmodSync, copyFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildSite, createScratchSite } from "../scratchSite";

const root = path.resolve(__dirname, "../..");

/** The giscus settings of the comments site: made up, as giscus itself is stubbed in the tests. */
export const TEST_GISCUS = {
  repo: "example/blog-comments",
  repoId: "R_test",
  category: "Comments",
  categoryId: "DIC_test",
};

/**
 * A build of the site with comments configured, for the browser tests of the comment area
 * (e2e/reader/comments.spec.ts): the seed post and one more, in a scratch folder whose blog.config.ts
 * adds `comments` to the sample's settings. Returns its public/ folder.
 */
export async function buildCommentsSite(): Promise<string> {
  const site = createScratchSite([
    path.join(root, "content/posts/2019-04-17-AWS-Summit-Seoul-메모.md"),
    path.join(root, "content/posts/2024-06-20-hangul-urls.md"),
  ]);
  copyFileSync(
    path.join(site, "blog.config.ts"),
    path.join(site, "blog.config.sample.ts"),
  );
  writeFileSync(
    path.join(site, "blog.config.ts"),
    `import type { BlogConfig } from "./src/config/blogConfigSchema";
import { blogConfig as sample } from "./blog.config.sample";

export const blogConfig: BlogConfig = {
  ...sample,
  comments: { giscus: ${JSON.stringify(TEST_GISCUS)} },
};
`,
  );
  // nginx's workers drop root's privileges and must be able to read the site.
  chmodSync(site, 0o755);
  const build = await buildSite(site);
  if (build.code !== 0)
    throw new Error(`The comments site did not build:\n${build.output}`);
  return path.join(site, "public");
}
