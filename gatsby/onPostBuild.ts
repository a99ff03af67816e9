import path from "node:path";
import type { GatsbyNode } from "gatsby";
import { searchIndexWritten } from "./search/searchIndex";
import { previewCardsDrawn } from "./previewCards/previewCards";
import { checkWrittenText } from "./writtenText";
import { refreshRuntimePagePolicies } from "./runtimePagePolicies";
import {
  CLOUDFRONT_FUNCTION_LIMIT,
  redirectsOfPages,
  writeRedirectFiles,
} from "./redirectFiles";

/**
 * The build is done once the search index onPreBuild started on a worker thread is written,
 * the 301 rules of renamed posts' old paths are written for each host (gatsby/redirectFiles.ts),
 * and every text file in public/ is clean UTF-8 (gatsby/writtenText.ts; files found clean
 * before and not rewritten since are not read again). Gatsby runs the site's
 * own onPostBuild after its plugins', so the feed and sitemap are checked too. (Pages lose
 * Gatsby's runtime, and get their Content-Security-Policy, as they are rendered: gatsby-ssr.tsx;
 * the pages that keep the runtime have theirs brought up to date here.)
 */
export const onPostBuild: GatsbyNode["onPostBuild"] = async ({
  reporter,
  store,
}) => {
  await searchIndexWritten(reporter);
  await previewCardsDrawn(reporter);
  const state = store.getState();
  const publicDir = path.join(state.program.directory, "public");
  const redirects = redirectsOfPages(state.pages.values());
  const { cloudFrontBytes } = await writeRedirectFiles(
    publicDir,
    redirects,
    state.program.prefixPaths ? (state.config.pathPrefix ?? "") : "",
  );
  if (cloudFrontBytes > CLOUDFRONT_FUNCTION_LIMIT)
    reporter.warn(
      `public/_redirects.cloudfront.js holds ${redirects.length} old paths and is larger than the ${CLOUDFRONT_FUNCTION_LIMIT} bytes CloudFront allows a function; see docs/deploy.md`,
    );
  const refreshed = await refreshRuntimePagePolicies(publicDir);
  if (refreshed.length > 0)
    reporter.info(
      `Content-Security-Policy updated to the scripts Gatsby rewrote on ${refreshed.join(", ")}`,
    );
  const started = performance.now();
  const { checked, unchanged, problems } = await checkWrittenText(
    publicDir,
    path.join(state.program.directory, ".cache", "written-text.json"),
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (problems.length > 0) {
    reporter.panicOnBuild(
      `${problems.length} of the ${checked} text files the build wrote in public/ are not clean UTF-8; a reader's browser would show � (or follow a broken link) where the bad bytes are:\n` +
        problems.join("\n"),
    );
    return;
  }
  const skipped =
    unchanged > 0
      ? ` (${unchanged} others unchanged since they were checked)`
      : "";
  reporter.info(
    `Checked ${checked} text files in public/${skipped} in ${seconds} s: clean UTF-8`,
  );
};
