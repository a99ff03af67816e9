import { cpSync, mkdirSync, mkdtempSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { stallSecondsFrom, watchedBuild } from "./build/watchedBuild";

const root = path.resolve(__dirname, "..");

/** What a scratch site needs from the repository: the code, never the content. */
const SITE_FILES = [
  "package.json",
  "blog.config.ts",
  "tsconfig.json",
  "gatsby-config.ts",
  "gatsby-node.ts",
  "gatsby-ssr.tsx",
  "gatsby-browser.ts",
  "plugins",
  "gatsby",
  "src",
  "static",
  // The build fills in the CloudFront function's redirects (gatsby/redirectFiles.ts).
  "deploy",
];

/**
 * A copy of the site in a temporary folder whose `content/posts/` holds the given files or
 * folders, so a test or benchmark builds other content without touching `content/` or `public/`.
 * node_modules is linked, not installed.
 */
export function createScratchSite(contentSources: string[]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "blog-site-"));
  for (const file of SITE_FILES) {
    cpSync(path.join(root, file), path.join(dir, file), {
      recursive: true,
      // A typegen file from the repository would hide one the scratch build fails to write.
      filter: (source) => !source.endsWith("gatsby-types.d.ts"),
    });
  }
  symlinkSync(
    path.join(root, "node_modules"),
    path.join(dir, "node_modules"),
    "dir",
  );
  const posts = path.join(dir, "content", "posts");
  mkdirSync(posts, { recursive: true });
  for (const source of contentSources) {
    cpSync(source, path.join(posts, path.basename(source)), {
      recursive: true,
    });
  }
  return dir;
}

export interface BuildResult {
  code: number | null;
  output: string;
}

/**
 * Runs `gatsby build` in `dir` under the stall watch `npm run build` uses, collecting stdout
 * and stderr together; a stalled build ends with what was running when it was stopped.
 */
export async function buildSite(dir: string): Promise<BuildResult> {
  const result = await watchedBuild({
    cwd: dir,
    env: { CI: "1", NODE_ENV: "production" },
    stallSeconds: stallSecondsFrom(process.env),
    output: "collect",
  });
  return {
    code: result.outcome === "stalled" ? null : result.code,
    output:
      result.stall === undefined
        ? result.output
        : `${result.output}\n${result.stall}`,
  };
}
