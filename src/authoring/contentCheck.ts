import { findMarkdownRefs, type MarkdownRef } from "./markdownRefs";
import { decodedPath, missingFiles } from "./filesBeside";
import { readPost } from "../content/readPost";
import { previewImageProblem } from "./previewImage";
import { showValue, type Problem } from "../content/problems";
import { planSite } from "../site/plan";
import { isScheduled } from "../content/buildTime";
import type { SourcePost } from "../site/types";

/**
 * `npm run check`: every problem the build would stop on (the same readPost and planSite, so
 * the same lines), plus what a build lets through but a reader would trip over — links to
 * paths nothing is published at, images that are not there, and NFD file names and text.
 */

export interface ContentFile {
  /** Path relative to the site root, with `/` separators: `content/posts/hello.md`. */
  file: string;
  source: string;
}

export interface CheckSettings {
  timeZone: string;
  language: string;
  postsPerPage: number;
  /** Whether a file exists, by its path relative to the site root. */
  exists: (file: string) => boolean;
  /** URL paths served from `static/` and `src/pages/`, e.g. `/favicon.svg`, `/404/`. */
  staticUrls: ReadonlySet<string>;
  /** The build's moment (src/content/buildTime.ts): posts dated later are scheduled. */
  now?: string;
}

export interface CheckResult {
  problems: Problem[];
  /** What the build lets through but the author may want to tidy (merged term spellings). */
  warnings: Problem[];
  /** Files read as valid posts or pages. */
  validPosts: number;
  /** Posts a build now would leave out as dated later, oldest date first. */
  scheduled: Array<{ file: string; date: string }>;
}

function nfcProblems({ file, source }: ContentFile): Problem[] {
  const problems: Problem[] = [];
  const name = file.slice(file.lastIndexOf("/") + 1);
  if (file !== file.normalize("NFC")) {
    problems.push({
      file,
      field: "file name",
      value: showValue(name),
      expected: `an NFC file name — this one is decomposed (NFD), as macOS can save it; rename it to ${name.normalize("NFC")}`,
    });
  }
  if (source !== source.normalize("NFC")) {
    const lines = source.split(/\r?\n/u);
    const index = lines.findIndex((line) => line !== line.normalize("NFC"));
    problems.push({
      file,
      field: "text",
      value: showValue(lines[index]?.trim()),
      expected: `NFC text — line ${index + 1} is decomposed (NFD), as text copied on macOS can be; search and links compare NFC`,
    });
  }
  return problems;
}

function refProblems(
  { file }: ContentFile,
  refs: { links: MarkdownRef[]; images: MarkdownRef[] },
  published: ReadonlySet<string>,
  settings: CheckSettings,
): Problem[] {
  const problems: Problem[] = [];
  for (const { url, line } of refs.links) {
    if (!url.startsWith("/") || url.startsWith("//")) continue;
    const path = decodedPath(url);
    if (path === null || !(published.has(path) || published.has(`${path}/`))) {
      problems.push({
        file,
        field: "link",
        value: showValue(url),
        expected: `a page of this site (line ${line}) — nothing is published at ${path ?? url}`,
      });
    }
  }
  // Images in static/; files beside the post are the build's question too (missingFiles).
  for (const { url, line } of refs.images) {
    if (!url.startsWith("/") || url.startsWith("//")) continue;
    const path = decodedPath(url);
    if (path === null || !settings.staticUrls.has(path)) {
      problems.push({
        file,
        field: "image",
        value: showValue(url),
        expected: `a file in static/ (line ${line}) — static${path ?? url} does not exist`,
      });
    }
  }
  return problems;
}

export function checkContent(
  files: readonly ContentFile[],
  settings: CheckSettings,
): CheckResult {
  const problems: Problem[] = [];
  const posts: SourcePost[] = [];
  for (const content of files) {
    problems.push(...nfcProblems(content));
    const result = readPost(content.source, content.file, settings.timeZone);
    if (result.ok) {
      posts.push({ id: content.file, file: content.file, post: result.post });
      const imageProblem = previewImageProblem(
        result.post.image,
        content.file,
        settings.exists,
      );
      if (imageProblem) problems.push(imageProblem);
    } else problems.push(...result.problems);
  }
  // The production build's pages: what a published post may link to.
  const plan = planSite(posts, { ...settings, includeDrafts: false });
  problems.push(...plan.problems);
  const published = new Set([
    ...plan.pages.map((p) => p.path),
    ...settings.staticUrls,
  ]);
  // A draft (or a scheduled post) may also link to other such posts; they may be published
  // together.
  const now = settings.now;
  const unpublished = posts.filter(
    (p) => p.post.draft || (now !== undefined && isScheduled(p.post, now)),
  );
  const withDrafts = new Set([
    ...published,
    ...unpublished.map((p) => p.post.url),
  ]);
  const drafts = new Set(unpublished.map((p) => p.file));
  for (const content of files) {
    const refs = findMarkdownRefs(content.source);
    problems.push(...missingFiles(content.file, refs, settings.exists));
    problems.push(
      ...refProblems(
        content,
        refs,
        drafts.has(content.file) ? withDrafts : published,
        settings,
      ),
    );
  }
  const scheduled = posts
    .filter(
      (p) => !p.post.draft && now !== undefined && isScheduled(p.post, now),
    )
    .sort((a, b) => Date.parse(a.post.timestamp) - Date.parse(b.post.timestamp))
    .map(({ file, post }) => ({ file, date: post.date }));
  return {
    problems,
    warnings: plan.warnings,
    validPosts: posts.length,
    scheduled,
  };
}
