import { checkRun, good } from "../../helpers/checkRun";
import { post } from "../../helpers/tempSite";

const { check } = checkRun();

test("a clean set of posts passes, with the time it took", () => {
  const { code, lines, summary } = check({
    "content/posts/a.md": good(
      "가",
      "/a",
      "[나로 가기](/b/) [홈](/) [아이콘](/favicon.svg) [없는 글](https://example.com/x)",
    ),
    "content/posts/b/index.md": good(
      "나",
      "/b",
      "![사진](./사진.png)\n\n```md\n[코드 속 링크](/nowhere)\n```",
    ),
    "content/posts/b/사진.png": Buffer.from([0x89, 0x50]),
    "static/favicon.svg": "<svg/>",
  });
  expect(lines).toEqual([]);
  expect(code).toBe(0);
  expect(summary).toMatch(
    /^Checked 2 markdown files \(2 valid\) in \d+\.\d\d s: no problems\.$/u,
  );
});

test.each([
  [
    "frontmatter",
    {
      "content/posts/bad.md": post({
        title: "t",
        path: "/t",
        category: "c",
        date: "2019-02-30",
      }),
    },
    [
      'content/posts/bad.md: date: "2019-02-30" — expected a real calendar date',
    ],
  ],
  [
    "YAML",
    { "content/posts/yaml.md": "---\ntitle: a: b\n---\n" },
    [
      'content/posts/yaml.md: frontmatter: "title: a: b" — expected valid YAML (line 2',
    ],
  ],
  [
    "duplicate paths",
    {
      "content/posts/one.md": good("하나", "/같은"),
      "content/posts/two.md": good("둘", "/같은/".normalize("NFD")),
    },
    [
      'content/posts/one.md: path: "/같은/" — expected a path no other post has — content/posts/two.md',
      "content/posts/two.md: text:",
      'content/posts/two.md: path: "/같은/" — expected a path no other post has — content/posts/one.md',
    ],
  ],
  [
    "category collisions",
    {
      "content/posts/a.md": good("a", "/a", "", { category: "Dev Ops" }),
      "content/posts/b.md": good("b", "/b", "", { category: "dev-ops" }),
    },
    [
      'content/posts/a.md: category: "Dev Ops" — expected one spelling per category',
      'content/posts/b.md: category: "dev-ops" — expected one spelling per category',
    ],
  ],
  [
    "tag collisions",
    {
      "content/posts/a.md": good("a", "/a", "", { tags: "[Dev Ops]" }),
      "content/posts/b.md": good("b", "/b", "", { tags: "[dev-ops]" }),
    },
    [
      'content/posts/a.md: tags: "Dev Ops" — expected one spelling per tag',
      'content/posts/b.md: tags: "dev-ops" — expected one spelling per tag',
    ],
  ],
  [
    "series collisions (the build's own check)",
    {
      "content/posts/a.md": good("a", "/a", "", { series: "Dev Ops" }),
      "content/posts/b.md": good("b", "/b", "", { series: "dev-ops" }),
    },
    [
      'content/posts/a.md: series: "Dev Ops" — expected one spelling per series',
      'content/posts/b.md: series: "dev-ops" — expected one spelling per series',
    ],
  ],
  [
    "NFD file name",
    { ["content/posts/메모.md".normalize("NFD")]: good("메모", "/memo") },
    [
      `content/posts/${"메모".normalize("NFD")}.md: file name: "${"메모".normalize("NFD")}.md" — expected an NFC file name`,
    ],
  ],
  [
    "NFD text",
    {
      "content/posts/a.md": good(
        "a",
        "/a",
        `첫 줄\n${"맥에서 붙여 넣은 글".normalize("NFD")}`,
      ),
    },
    [
      `content/posts/a.md: text: "${"맥에서 붙여 넣은 글".normalize("NFD")}" — expected NFC text — line 9 is decomposed`,
    ],
  ],
  [
    "a link to a path nothing is published at",
    {
      "content/posts/a.md": good(
        "a",
        "/a",
        "[오타](/2019-04-17-AWS-Summit-Seoul-메머)\n[초안](/draft/)",
      ),
      "content/posts/draft.md": good("draft", "/draft", "", { draft: "true" }),
    },
    [
      'content/posts/a.md: link: "/2019-04-17-AWS-Summit-Seoul-메머" — expected a page of this site (line 8) — nothing is published at /2019-04-17-AWS-Summit-Seoul-메머',
      'content/posts/a.md: link: "/draft/" — expected a page of this site (line 9) — nothing is published at /draft/',
    ],
  ],
  [
    "missing images",
    {
      "content/posts/a/index.md": good(
        "a",
        "/a",
        '![없는 사진](./없음.png)\n<img src="/images/none.png" alt="">',
      ),
    },
    [
      'content/posts/a/index.md: image: "./없음.png" — expected an image file beside the post (line 8) — content/posts/a/없음.png does not exist',
      'content/posts/a/index.md: image: "/images/none.png" — expected a file in static/ (line 9) — static/images/none.png does not exist',
    ],
  ],
])(
  "reports %s with the file and field, and exits 1",
  (_kind, files, expected) => {
    const { code, lines } = check(files);
    expect(code).toBe(1);
    expect(lines).toEqual(
      expected.map((start) => expect.stringContaining(start)),
    );
  },
);

test("a percent-encoded link to a Hangul post is found", () => {
  const { code, lines } = check({
    "content/posts/a.md": good(
      "a",
      "/a",
      "[메모](/%EB%A9%94%EB%AA%A8/#heading)",
    ),
    "content/posts/b.md": good("메모", "/메모"),
  });
  expect(lines).toEqual([]);
  expect(code).toBe(0);
});

test("a link to a renamed post's old path resolves; an old path another post has is the build's problem", () => {
  const { code, lines } = check({
    "content/posts/a.md": good("a", "/a", "[옛 글](/%EC%98%9B%EB%82%A0/)"),
    "content/posts/b.md": good("b", "/b", "본문", { aliases: "[/옛날, /A]" }),
  });
  expect(lines).toEqual([
    expect.stringContaining(
      'content/posts/a.md: path: "/a/" — expected a path no other post or old path (aliases) has — content/posts/b.md (aliases: "/A/")',
    ),
    expect.stringContaining(
      'content/posts/b.md: aliases: "/A/" — expected a path no other post or old path (aliases) has — content/posts/a.md ("/a/")',
    ),
  ]);
  expect(code).toBe(1);
});
