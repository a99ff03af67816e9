import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { readPost } from "../../src/content/readPost";

const SEOUL = "Asia/Seoul";
const seedFile = path.resolve(
  "content/posts/2019-04-17-AWS-Summit-Seoul-메모.md",
);

describe("readPost", () => {
  test("the owner's seed post reads into the fields its pages and links use", () => {
    const result = readPost(readFileSync(seedFile, "utf8"), "seed.md", SEOUL);
    expect(result).toEqual({
      ok: true,
      post: {
        url: "/2019-04-17-AWS-Summit-Seoul-메모/",
        aliases: [],
        kind: "post",
        title: "2019 AWS Summit Seoul 메모",
        date: "2019-04-17",
        timestamp: "2019-04-16T15:00:00.000Z",
        updated: null,
        category: { name: "Diary", slug: "diary", url: "/category/diary/" },
        tags: [],
        series: null,
        image: null,
        lang: null,
        description: null,
        draft: false,
        excerpt: expect.stringMatching(
          /^\(AWS Summit 후기 메모\) 청강한 강연 목록 신입 개발자가 .+ 개선하기…$/u,
        ),
        readingMinutes: 4,
      },
    });
    expect(result.ok && [...result.post.excerpt].length).toBeLessThanOrEqual(
      161,
    );
  });

  test("dates stay the strings the author wrote, offset included", () => {
    const source =
      "---\ntitle: t\npath: /t\ncategory: c\ndate: 2019-04-17T23:30:00+09:00\n---\nbody";
    const result = readPost(source, "t.md", SEOUL);
    expect(result.ok && result.post.date).toBe("2019-04-17T23:30:00+09:00");
  });

  test("YAML 1.1 words stay text: `draft: yes` is a problem, not a silent true", () => {
    const source =
      "---\ntitle: t\npath: /t\ncategory: c\ndate: 2019-04-17\ndraft: yes\n---\n";
    expect(readPost(source, "t.md", SEOUL)).toMatchObject({
      ok: false,
      problems: [{ field: "draft", value: '"yes"', expected: "true or false" }],
    });
  });

  test("an old path written twice, in another letter case or without its slash, is kept once", () => {
    const source =
      "---\ntitle: t\npath: /t\ncategory: c\ndate: 2019-04-17\naliases: [/Old, /old/, /옛날]\n---\n";
    const result = readPost(source, "t.md", SEOUL);
    expect(result.ok && result.post.aliases).toEqual(["/Old/", "/옛날/"]);
  });

  test("a repeated tag is kept once", () => {
    const source =
      "---\ntitle: t\npath: /t\ncategory: c\ndate: 2019-04-17\ntags: [AWS, AWS, 람다]\n---\n";
    const result = readPost(source, "t.md", SEOUL);
    expect(result.ok && result.post.tags.map((t) => t.name)).toEqual([
      "AWS",
      "람다",
    ]);
  });

  test("an unquoted colon in a title is a YAML error that names the file and line", () => {
    const source =
      "---\ntitle: 2019 AWS Summit: 메모\npath: /x\ncategory: c\ndate: 2019-04-17\n---\n";
    const result = readPost(source, "content/posts/colon.md", SEOUL);
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          file: "content/posts/colon.md",
          field: "frontmatter",
          value: '"title: 2019 AWS Summit: 메모"',
          expected: expect.stringMatching(
            /^valid YAML \(line 2: .+\); quote a value that contains ": "/,
          ),
        },
      ],
    });
  });

  test("a file without frontmatter lists every required field", () => {
    const result = readPost("# just markdown\n", "bare.md", SEOUL);
    expect(
      result.ok ? [] : result.problems.map((p) => `${p.field} ${p.value}`),
    ).toEqual([
      "title (missing)",
      "path (missing)",
      "category (missing)",
      "date (missing)",
    ]);
  });

  test("an empty file is a post with every required field missing, not a crash", () => {
    for (const source of ["", "---\n---\n"]) {
      const result = readPost(source, "empty.md", SEOUL);
      expect(result.ok ? [] : result.problems.map((p) => p.field)).toEqual([
        "title",
        "path",
        "category",
        "date",
      ]);
    }
  });

  test("a ---js block is never run as code", () => {
    const source =
      "---js\n{ title: (() => { globalThis.ranFrontmatter = true; return 'x' })() }\n---\n본문\n";
    const result = readPost(source, "js.md", SEOUL);
    expect(result.ok).toBe(false);
    expect("ranFrontmatter" in globalThis).toBe(false);
  });

  test("CRLF files and files with a closing --- and no body read like LF ones", () => {
    const lf = `---\ntitle: 제목\npath: /x\ncategory: 일기\ndate: 2024-01-02\n---\n본문 한 줄\n`;
    const crlf = lf.replace(/\n/gu, "\r\n");
    const a = readPost(lf, "a.md", SEOUL);
    const b = readPost(crlf, "a.md", SEOUL);
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) expect(b.post).toEqual(a.post);
    const noBody = readPost(lf.replace("본문 한 줄\n", ""), "a.md", SEOUL);
    expect(noBody.ok && noBody.post.title).toBe("제목");
  });

  describe("real Korean documents nobody here wrote (ko.react.dev, CC BY 4.0)", () => {
    const dir = path.resolve("__tests__/fixtures/corpus");
    const files = readdirSync(dir).filter((f) => f.endsWith(".md"));

    test.each(files)(
      "%s is a valid post with an NFC Hangul category",
      (file) => {
        const result = readPost(
          readFileSync(path.join(dir, file), "utf8"),
          file,
          SEOUL,
        );
        if (!result.ok) throw new Error(JSON.stringify(result.problems));
        expect(result.post.url).toMatch(/^\/react-ko\/.+\/$/u);
        expect(result.post.category?.url).toMatch(
          /^\/category\/(react-|커뮤니티|오류와-경고)/u,
        );
      },
    );
  });
});
