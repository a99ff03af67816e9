import { execFileSync } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";
import { publish } from "gh-pages";
import {
  exitCodeOf,
  stallSecondsFrom,
  watchedBuild,
} from "../build/watchedBuild";

const HELP = `Usage: npm run deploy:gh-pages -- [options]

Builds the site with every link under its path prefix (GitHub Pages serves a project site at
https://<user>.github.io/<repository>/) and pushes public/ to the gh-pages branch.

Options:
  --prefix </name>   the path prefix; default PATH_PREFIX, else /<repository> read from the
                     origin remote (none for a <user>.github.io repository or with --cname)
  --cname <domain>   serve from your own domain: writes CNAME, builds without a prefix
  --repo <url>       push to this repository instead of origin
  --branch <name>    the branch GitHub Pages serves (default gh-pages)
  --dry-run          say what would be built and pushed; do neither
  -h, --help         this text

See docs/deploy.md.`;

/**
 * The prefix GitHub Pages serves a repository under: `/<repository>`, or none for the
 * `<user>.github.io` repository, which is served at the root. Undefined when the remote is not
 * on GitHub.
 */
export function pagesPrefix(remoteUrl: string): string | undefined {
  const match = /github\.com[:/]([^/]+)\/([^/]+?)(?:\.git)?\/?$/iu.exec(
    remoteUrl.trim(),
  );
  if (!match) return undefined;
  const [, owner = "", repository = ""] = match;
  return repository.toLowerCase() === `${owner.toLowerCase()}.github.io`
    ? ""
    : `/${repository}`;
}

/** `blog`, `/blog/` → `/blog`; `` and `/` → `` (served at the root). */
export function normalizePathPrefix(prefix: string): string {
  const trimmed = prefix.trim().replace(/^\/+|\/+$/gu, "");
  return trimmed ? `/${trimmed}` : "";
}

export interface DeployGhPagesEnvironment {
  root: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Stand-ins for tests. */
  remoteUrl?: () => string;
  build?: (prefix: string) => number | Promise<number>;
  log?: (line: string) => void;
}

function gitOrigin(root: string): string {
  return execFileSync("git", ["remote", "get-url", "origin"], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  });
}

/** `gatsby build` under the stall watch of `npm run build` (scripts/build/). */
async function gatsbyBuild(root: string, prefix: string): Promise<number> {
  const result = await watchedBuild({
    cwd: root,
    args: prefix ? ["--prefix-paths"] : [],
    env: { PATH_PREFIX: prefix, PREFIX_PATHS: prefix ? "true" : "false" },
    stallSeconds: stallSecondsFrom(process.env),
    output: "inherit",
  });
  if (result.stall !== undefined) console.error(result.stall);
  return exitCodeOf(result);
}

/** Builds and publishes; returns the exit code (0 done, 1 failed, 2 bad arguments). */
export async function deployGhPages(
  args: string[],
  environment: DeployGhPagesEnvironment,
): Promise<number> {
  const log = environment.log ?? console.log;
  const { values } = parseArgs({
    args,
    options: {
      prefix: { type: "string" },
      cname: { type: "string" },
      repo: { type: "string" },
      branch: { type: "string", default: "gh-pages" },
      "dry-run": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    log(HELP);
    return 0;
  }
  let remote: string;
  try {
    const origin = environment.remoteUrl ?? (() => gitOrigin(environment.root));
    remote = (values.repo ?? origin()).trim();
  } catch {
    console.error("This clone has no origin remote: pass --repo <url>.");
    return 2;
  }
  const given = values.prefix ?? environment.env.PATH_PREFIX;
  const prefix =
    given !== undefined
      ? normalizePathPrefix(given)
      : values.cname
        ? ""
        : pagesPrefix(remote);
  if (prefix === undefined) {
    console.error(
      `${remote} is not a GitHub repository, so the path prefix is unknown: pass --prefix /<name> (or --prefix / for none).`,
    );
    return 2;
  }
  const url = values.cname
    ? `https://${values.cname}${prefix}/`
    : `https://<user>.github.io${prefix}/`;
  log(
    `Build with path prefix ${prefix ? `"${prefix}"` : "(none)"}, push public/ to ${values.branch} of ${remote}; served at ${url}`,
  );
  if (values["dry-run"]) {
    log("Dry run: nothing was built or pushed.");
    return 0;
  }
  const built = await (
    environment.build ?? ((p) => gatsbyBuild(environment.root, p))
  )(prefix);
  if (built !== 0) return built;
  await new Promise<void>((resolve, reject) =>
    publish(
      path.join(environment.root, "public"),
      {
        branch: values.branch,
        repo: values.repo,
        // Pages runs Jekyll otherwise, which drops files and folders starting with `_`.
        nojekyll: true,
        cname: values.cname,
        message: "Deploy the blog",
      },
      (error) => (error ? reject(error) : resolve()),
    ),
  );
  log(
    `Pushed to ${values.branch}. GitHub Pages serves it at ${url} within a minute or two.`,
  );
  return 0;
}

if (require.main === module) {
  deployGhPages(process.argv.slice(2), {
    root: process.cwd(),
    env: process.env,
  })
    .then((code) => {
      process.exitCode = code;
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    });
}
