import { existsSync } from "node:fs";
import path from "node:path";
import { checkContent } from "../../src/authoring/contentCheck";
import { readBlogConfig } from "../../src/config/blogConfigSchema";
import { blogConfigFileProblems } from "../../src/config/blogConfigFiles";
import {
  formatProblem,
  formatProblems,
  formatWarnings,
} from "../../src/content/problems";
import { blogConfig } from "../../blog.config";
import { buildTime } from "../../src/content/buildTime";
import { readContentFiles, staticUrls } from "./contentFiles";

const HELP = `Usage: npm run check [-- <posts folder>]

Checks blog.config.ts and every post without building the site: the settings, frontmatter, duplicate paths, category and tag
URL collisions (the build's own messages), and links to paths nothing is published at, missing
images, NFD file names and text. The folder defaults to content/posts. Exit code 0 when all is
well, 1 when anything is wrong.`;

/** Runs the check on the site at `root`; returns the exit code. */
export function runCheck(
  args: string[],
  root = process.cwd(),
  config: unknown = blogConfig,
): number {
  if (args.includes("--help") || args.includes("-h")) {
    console.log(HELP);
    return 0;
  }
  // Dates, page sizes and URLs all depend on the settings: with a wrong one, nothing else can
  // be checked truly.
  const settings = readBlogConfig(config);
  const wrong = settings.ok
    ? blogConfigFileProblems(settings.config, path.join(root, "static"))
    : settings.problems;
  if (!settings.ok || wrong.length > 0) {
    console.error(wrong.map(formatProblem).join("\n"));
    console.log(
      `blog.config.ts: ${wrong.length} wrong setting${wrong.length === 1 ? "" : "s"}; posts not checked.`,
    );
    return 1;
  }
  const started = performance.now();
  const postsDir = path.resolve(root, args[0] ?? "content/posts");
  const files = readContentFiles(root, postsDir);
  const { problems, warnings, validPosts, scheduled } = checkContent(files, {
    ...settings.config,
    exists: (file) => existsSync(path.join(root, file)),
    staticUrls: staticUrls(root),
    now: buildTime(),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (problems.length > 0) console.error(formatProblems(problems));
  if (warnings.length > 0) console.error(formatWarnings(warnings));
  for (const { file, date } of scheduled)
    console.log(
      `scheduled ${file}: date ${date} — left out of builds until then, shown in npm run develop`,
    );
  const counted = (n: number, what: string) =>
    `${n} ${what}${n === 1 ? "" : "s"}`;
  console.log(
    `Checked ${files.length} markdown files (${validPosts} valid) in ${seconds} s: ` +
      (problems.length ? counted(problems.length, "problem") : "no problems") +
      (warnings.length ? `, ${counted(warnings.length, "warning")}.` : "."),
  );
  return problems.length ? 1 : 0;
}

if (require.main === module) process.exitCode = runCheck(process.argv.slice(2));
