import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  deployGhPages,
  normalizePathPrefix,
  pagesPrefix,
} from "../../scripts/deploy/deployGhPages";

test.each([
  ["https://github.com/kim/dev-diary.git", "/dev-diary"],
  ["https://github.com/kim/dev-diary", "/dev-diary"],
  ["git@github.com:kim/dev-diary.git", "/dev-diary"],
  ["https://github.com/kim/dev-diary/", "/dev-diary"],
  ["https://github.com/kim/kim.github.io.git", ""],
  ["git@github.com:Kim/kim.github.io.git", ""],
  ["https://gitlab.com/kim/dev-diary.git", undefined],
])("the remote %s is served under %j", (remote, prefix) => {
  expect(pagesPrefix(remote)).toBe(prefix);
});

test.each([
  ["blog", "/blog"],
  ["/blog/", "/blog"],
  ["/", ""],
  ["", ""],
])("--prefix %j means %j", (given, prefix) => {
  expect(normalizePathPrefix(given)).toBe(prefix);
});

describe("publishing", () => {
  let dir: string;
  let log: string[];
  const saved = { ...process.env };

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "gh-pages-"));
    log = [];
    // gh-pages keeps a clone in its cache folder; keep it out of node_modules/.
    Object.assign(process.env, {
      CACHE_DIR: path.join(dir, "cache"),
      GIT_AUTHOR_NAME: "test",
      GIT_AUTHOR_EMAIL: "test@example.com",
      GIT_COMMITTER_NAME: "test",
      GIT_COMMITTER_EMAIL: "test@example.com",
    });
  });

  afterEach(() => {
    process.env = { ...saved };
    rmSync(dir, { recursive: true, force: true });
  });

  test("builds with the repository's prefix and pushes public/ with .nojekyll", async () => {
    const remote = path.join(dir, "remote.git");
    execFileSync("git", ["init", "--bare", "--quiet", remote]);
    const prefixes: string[] = [];
    const code = await deployGhPages(
      ["--repo", remote, "--prefix", "dev-diary"],
      {
        root: dir,
        env: {},
        build: (prefix) => {
          prefixes.push(prefix);
          mkdirSync(path.join(dir, "public", "메모"), { recursive: true });
          writeFileSync(
            path.join(dir, "public", "메모", "index.html"),
            "<p>안녕</p>",
          );
          return 0;
        },
        log: (line) => log.push(line),
      },
    );
    expect(code).toBe(0);
    expect(prefixes).toEqual(["/dev-diary"]);
    const files = execFileSync(
      "git",
      [
        "-c",
        "core.quotePath=false",
        "ls-tree",
        "-r",
        "--name-only",
        "gh-pages",
      ],
      { cwd: remote, encoding: "utf8" },
    );
    expect(files.trim().split("\n").sort()).toEqual([
      ".nojekyll",
      "메모/index.html",
    ]);
  });

  test("a dry run says where it would go and builds nothing", async () => {
    const build = jest.fn(() => 0);
    const code = await deployGhPages(["--dry-run"], {
      root: dir,
      env: {},
      remoteUrl: () => "git@github.com:kim/dev-diary.git",
      build,
      log: (line) => log.push(line),
    });
    expect(code).toBe(0);
    expect(build).not.toHaveBeenCalled();
    expect(log[0]).toContain('path prefix "/dev-diary"');
  });

  test("a remote outside GitHub needs --prefix", async () => {
    const error = jest.spyOn(console, "error").mockImplementation(() => {});
    const code = await deployGhPages(["--dry-run"], {
      root: dir,
      env: {},
      remoteUrl: () => "https://gitlab.com/kim/dev-diary.git",
      log: (line) => log.push(line),
    });
    expect(code).toBe(2);
    expect(error.mock.calls[0]?.[0]).toContain("pass --prefix");
    error.mockRestore();
  });
});
