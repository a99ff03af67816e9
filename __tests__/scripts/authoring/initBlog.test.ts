import {
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { runCheck } from "../../../scripts/authoring/check";
import { evaluateConfig } from "../../../scripts/authoring/configFile";
import { initBlog } from "../../../scripts/authoring/initBlog";
import { assertBlogConfig } from "../../../src/config/blogConfigSchema";
import { tempSite } from "../../helpers/tempSite";

// The repository's own blog.config.ts and sample posts, copied: content/ itself is never touched.
const repo = path.join(__dirname, "../../..");
let site: ReturnType<typeof tempSite>;
let out: jest.SpyInstance;
let err: jest.SpyInstance;
const printed = (spy: jest.SpyInstance) =>
  spy.mock.calls.map((c) => String(c[0])).join("\n");

beforeEach(() => {
  site = tempSite();
  cpSync(
    path.join(repo, "blog.config.ts"),
    path.join(site.root, "blog.config.ts"),
  );
  cpSync(path.join(repo, "content"), path.join(site.root, "content"), {
    recursive: true,
  });
  out = jest.spyOn(console, "log").mockImplementation(() => undefined);
  err = jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => {
  site.remove();
  jest.restoreAllMocks();
});

// 10:00 on 1 December 2026 in Seoul.
const now = new Date("2026-12-01T01:00:00Z");
const run = (args: string[], ask?: (q: string) => Promise<string>) =>
  initBlog(args, { root: site.root, now, ask });
const file = (name: string) => readFileSync(path.join(site.root, name), "utf8");
const config = () =>
  evaluateConfig(
    file("blog.config.ts"),
    path.join(site.root, "blog.config.ts"),
  );

/** Every file of the site and its bytes. */
function snapshot(dir = site.root): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const name = path.join(dir, entry.name);
      return entry.isDirectory()
        ? Object.entries(snapshot(name))
        : [[path.relative(site.root, name), readFileSync(name, "base64")]];
    }),
  );
}

test("flags write the settings; comments and other settings stay, and the check passes", async () => {
  const title = '김개발의 "첫" 일기 \\ 백슬래시';
  const code = await run([
    "--title",
    title,
    "--description",
    "매일 조금씩",
    "--author",
    "김개발",
    "--site-url",
    "https://kim.dev",
    "--github",
    "https://github.com/kim",
    "--x",
    "https://x.com/kim",
    "--move-samples",
    "--yes",
  ]);
  expect(printed(err)).toBe("");
  expect(code).toBe(0);
  const settings = config();
  expect(() => assertBlogConfig(settings)).not.toThrow();
  expect(settings).toMatchObject({
    title,
    description: "매일 조금씩",
    author: "김개발",
    siteUrl: "https://kim.dev",
    timeZone: "Asia/Seoul",
    profile: {
      name: "김개발",
      links: {
        github: "https://github.com/kim",
        x: "https://x.com/kim",
        rss: true,
      },
    },
  });
  const text = file("blog.config.ts");
  expect(text).toContain(
    "/** The site's name: the header, `<title>`, the feed, link previews. */",
  );
  expect(text).toContain("  // comments: {\n  //   giscus: {");
  expect(text).toContain('"frame-src": [');
  expect(runCheck([], site.root, settings)).toBe(0);
});

test("with --move-samples the samples move out of content/, nothing lost, and a first post is made", async () => {
  const before = readdirSync(path.join(repo, "content/posts")).sort();
  expect(
    await run(["--move-samples", "--first-post", "안녕하세요 블로그"]),
  ).toBe(0);
  expect(
    readdirSync(path.join(site.root, "samples/posts-2026-12-01")).sort(),
  ).toEqual(before);
  expect(readdirSync(path.join(site.root, "content/posts"))).toEqual([
    "2026-12-01-안녕하세요-블로그.md",
  ]);
  expect(printed(out)).toContain(
    "To bring them back: mv samples/posts-2026-12-01/* content/posts/",
  );
  expect(runCheck([], site.root, config())).toBe(0);
});

test("without a yes the samples stay where they are", async () => {
  const before = snapshot();
  expect(await run(["--yes"])).toBe(0);
  expect(snapshot()).toEqual(before);
  expect(printed(out)).toContain("blog.config.ts: nothing to change.");
  expect(existsSync(path.join(site.root, "samples"))).toBe(false);
});

test.each([
  [
    ["--site-url", "example.com"],
    'siteUrl: "example.com" — expected an http(s) origin',
  ],
  [["--site-url", "https://kim.dev/blog/"], 'siteUrl: "https://kim.dev/blog/"'],
  [["--title", ""], 'title: "" — expected the site\'s name, non-empty text'],
  [
    ["--email", "kim@"],
    'profile.links.email: "kim@" — expected an email address',
  ],
  [["--github", "http://github.com/kim"], "profile.links.github"],
])(
  "%j is refused with a line naming the setting, and nothing changes",
  async (args, line) => {
    const before = snapshot();
    expect(
      // A right value beside the wrong one is not written either.
      await run([...args, "--author", "김개발", "--move-samples", "--yes"]),
    ).toBe(1);
    expect(printed(err)).toContain(`blog.config.ts: ${line}`);
    expect(printed(err)).toContain("Nothing was changed.");
    expect(snapshot()).toEqual(before);
  },
);

test("at a terminal it asks, Enter keeps the shown value, and the samples move only on a yes", async () => {
  const replies: Record<string, string> = {
    "블로그 이름": "내 블로그",
    GitHub: "-",
  };
  const ask = jest.fn(async (question: string) => {
    if (question.includes("옮기고")) return "n";
    return (
      Object.entries(replies).find(([k]) => question.includes(k))?.[1] ?? ""
    );
  });
  expect(await run([], ask)).toBe(0);
  expect(ask).toHaveBeenCalledWith(
    expect.stringContaining("[https://example.com]"),
  );
  const settings = config() as {
    title: string;
    siteUrl: string;
    profile: { links: object };
  };
  expect(settings.title).toBe("내 블로그");
  expect(settings.siteUrl).toBe("https://example.com");
  expect(settings.profile.links).toEqual({
    email: "me@example.com",
    rss: true,
  });
  expect(existsSync(path.join(site.root, "samples"))).toBe(false);
});

test("--help names every option; a wrong option exits 2", async () => {
  expect(await run(["--help"])).toBe(0);
  for (const option of [
    "--title",
    "--site-url",
    "--github",
    "--move-samples",
    "--yes",
  ])
    expect(printed(out)).toContain(option);
  expect(await run(["--colour", "red"])).toBe(2);
  expect(printed(err)).toContain("npm run init-blog -- --help");
});

test("a blog.config.ts that cannot run is named, and nothing changes", async () => {
  writeFileSync(
    path.join(site.root, "blog.config.ts"),
    "export const blogConfig = notDefined;\n",
  );
  const before = snapshot();
  expect(await run(["--title", "새 이름", "--move-samples"])).toBe(1);
  expect(printed(err)).toContain(
    "blog.config.ts could not be read: ReferenceError: notDefined is not defined",
  );
  expect(snapshot()).toEqual(before);
});
