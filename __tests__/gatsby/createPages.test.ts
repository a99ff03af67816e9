import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import type { CreatePagesArgs } from "gatsby";
import { createPages } from "../../gatsby/createPages";
import { searchIndexRefreshed } from "../../gatsby/search/searchIndex";
import type { Problem } from "../../src/content/problems";
import { sourcePost } from "../helpers/posts";

type NodeFields = { sourceFile: string; post: unknown; problems: Problem[] };

function postNode(id: string, frontmatter: Record<string, unknown> = {}) {
  const { file, post } = sourcePost(id, frontmatter);
  return { id, fields: { sourceFile: file, post, problems: [] } as NodeFields };
}

function badNode(id: string, problems: Array<Omit<Problem, "file">>) {
  const file = `content/posts/${id}.md`;
  return {
    id,
    fields: {
      sourceFile: file,
      post: null,
      problems: problems.map((p) => ({ file, ...p })),
    },
  };
}

let siteDir: string;
beforeEach(() => {
  siteDir = mkdtempSync(path.join(os.tmpdir(), "create-pages-"));
});
afterEach(() => rmSync(siteDir, { recursive: true, force: true }));

async function run(nodes: Array<{ id: string; fields: NodeFields }>) {
  // The files themselves: develop's search index reads each post's body from its file.
  for (const { id, fields } of nodes) {
    const file = path.join(siteDir, fields.sourceFile);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `---\ntitle: Post ${id}\n---\nPost ${id}의 본문.\n`);
  }
  const createPage = jest.fn();
  const reporter = { panicOnBuild: jest.fn(), info: jest.fn() };
  const args = {
    graphql: async () => ({ data: { allMarkdownRemark: { nodes } } }),
    actions: { createPage },
    reporter,
    store: { getState: () => ({ program: { directory: siteDir } }) },
  } as unknown as CreatePagesArgs & { traceId: "initial-createPages" };
  await createPages?.(args, { plugins: [] }, () => undefined);
  const pages = createPage.mock.calls.map(
    ([page]: [{ path: string }]) => page.path,
  );
  return { pages, reporter };
}

const originalEnv = process.env.NODE_ENV;
afterEach(() => {
  process.env.NODE_ENV = originalEnv;
});

describe("createPages", () => {
  test("creates a page per post and the listings, and reports nothing for good posts", async () => {
    const { pages, reporter } = await run([
      postNode("a"),
      postNode("b", { category: "일상" }),
    ]);
    expect(pages).toEqual(
      expect.arrayContaining([
        "/",
        "/a/",
        "/b/",
        "/categories/",
        "/category/일상/",
        "/tags/",
      ]),
    );
    expect(reporter.panicOnBuild).not.toHaveBeenCalled();
    expect(reporter.info).toHaveBeenCalledWith(
      expect.stringContaining("Created 2 post pages"),
    );
  });

  test("every bad file of the run is reported in one message, one line each", async () => {
    const { pages, reporter } = await run([
      postNode("good"),
      badNode("bad-date", [
        { field: "date", value: '"2019-02-30"', expected: "a real date" },
      ]),
      badNode("bad-yaml", [
        {
          field: "frontmatter",
          value: '"title: a: b"',
          expected: "valid YAML",
        },
      ]),
      postNode("dup-1", { path: "/same" }),
      postNode("dup-2", { path: "/SAME/" }),
    ]);
    expect(reporter.panicOnBuild).toHaveBeenCalledTimes(1);
    const message: string = reporter.panicOnBuild.mock.calls[0][0];
    const lines = message.split("\n");
    expect(lines[0]).toBe("4 problems in 4 post files:");
    expect(lines.slice(1)).toEqual([
      'content/posts/bad-date.md: date: "2019-02-30" — expected a real date',
      'content/posts/bad-yaml.md: frontmatter: "title: a: b" — expected valid YAML',
      expect.stringMatching(
        /^content\/posts\/dup-1\.md: path: "\/same\/" — expected .*content\/posts\/dup-2\.md/u,
      ),
      expect.stringMatching(
        /^content\/posts\/dup-2\.md: path: "\/SAME\/" — expected .*content\/posts\/dup-1\.md/u,
      ),
    ]);
    // develop keeps serving what is good meanwhile
    expect(pages).toEqual(expect.arrayContaining(["/good/", "/same/"]));
  });

  test("drafts are built in develop and left out of production", async () => {
    const nodes = [
      postNode("a"),
      postNode("wip", { draft: true, category: "초안" }),
    ];
    process.env.NODE_ENV = "development";
    expect((await run(nodes)).pages).toEqual(
      expect.arrayContaining(["/wip/", "/category/초안/"]),
    );
    // develop has no onPreBuild, so createPages keeps its search index current, drafts included
    // (on a worker thread, after the pages: createPages does not wait for it).
    await searchIndexRefreshed();
    const meta = JSON.parse(
      readFileSync(path.join(siteDir, "public/search-index/meta.json"), "utf8"),
    );
    expect(Object.values(meta.index.documentIds).sort()).toEqual([
      "/a/",
      "/wip/",
    ]);
    rmSync(path.join(siteDir, "public"), { recursive: true });
    process.env.NODE_ENV = "production";
    const production = (await run(nodes)).pages;
    expect(existsSync(path.join(siteDir, "public/search-index"))).toBe(false);
    expect(production).toContain("/a/");
    expect(production).not.toContain("/wip/");
    expect(production).not.toContain("/category/초안/");
  });
});
