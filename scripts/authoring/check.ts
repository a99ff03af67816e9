import { existsSync } from "node:fs";
import path from "node:path";
import { checkContent } from "../../src/authoring/contentCheck";
import { formatProblems } from "../../src/content/problems";
import { siteSettings } from "../../blog.config";
import { readContentFiles, staticUrls } from "./contentFiles";

const HELP = `Usage: npm run check [-- <posts folder>]

Checks every post without building the site: frontmatter, duplicate paths, category and tag
URL collisions (the build's own messages), and links to paths nothing is published at, missing
images, NFD file names and text. The folder defaults to content/posts. Exit code 0 when all is
well, 1 when anything is wrong.`;

/** Runs the check on the site at `root`; returns the exit code. */
export function runCheck(args: string[], root = process.cwd()): number {
  if (args.includes("--help") || args.includes("-h")) {
    console.log(HELP);
    return 0;
  }
  const started = performance.now();
  const postsDir = path.resolve(root, args[0] ?? "content/posts");
  const files = readContentFiles(root, postsDir);
  const { problems, validPosts } = checkContent(files, {
    ...siteSettings,
    exists: (file) => existsSync(path.join(root, file)),
    staticUrls: staticUrls(root),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (problems.length > 0) console.error(formatProblems(problems));
  console.log(
    `Checked ${files.length} markdown files (${validPosts} valid) in ${seconds} s: ` +
      (problems.length ? `${problems.length} problems.` : "no problems."),
  );
  return problems.length ? 1 : 0;
}

if (require.main === module) process.exitCode = runCheck(process.argv.slice(2));
