import { writeFileSync } from "node:fs";
import type { BuildArgs } from "gatsby";
import { onPostBuild } from "../../gatsby/onPostBuild";
import { checkWrittenText, textProblem } from "../../gatsby/writtenText";
import { tempSite } from "../helpers/tempSite";

const utf8 = (text: string) => Buffer.from(text, "utf8");
/** What React 18.3 wrote (react/react#31134): the buffer's unfilled tail, then the character. */
const withNul = utf8('<a href="/category/커뮤\0니티/">커뮤니티</a>');

describe("textProblem", () => {
  test.each([
    ["Korean text", utf8("<p>웹 개발을 배우는 중</p>")],
    ["emoji and Latin", utf8("✨ café 🚀")],
    ["empty", utf8("")],
  ])("%s is clean", (_, bytes) => {
    expect(textProblem(bytes)).toBeNull();
  });

  test("a NUL byte is named with its offset and the text before it", () => {
    expect(textProblem(withNul)).toBe(
      `holds a NUL byte at byte ${withNul.indexOf(0)} (after "<a href="/category/커뮤")`,
    );
  });

  test("a Hangul syllable cut in half is invalid UTF-8 at the cut", () => {
    const good = utf8("<p>웹 개발");
    const cut = Buffer.concat([good, utf8("을").subarray(0, 2), utf8("</p>")]);
    expect(textProblem(cut)).toBe(
      `is not valid UTF-8 at byte ${good.length} (after "<p>웹 개발")`,
    );
  });
});

describe("the build's check of public/", () => {
  const site = tempSite({
    "public/index.html": utf8("<h1>개발 일기</h1>"),
    "public/category/커뮤니티/index.html": withNul,
    "public/page-data/a/page-data.json": Buffer.from([0x7b, 0xff, 0x7d]),
    "public/static/photo.jpg": Buffer.from([0xff, 0xd8, 0x00, 0x00]),
  });
  afterAll(site.remove);

  test("lists every bad text file and leaves binary files alone", async () => {
    const report = await checkWrittenText(`${site.root}/public`);
    expect(report.checked).toBe(3);
    expect(report.problems).toEqual([
      expect.stringMatching(/^category\/커뮤니티\/index\.html: holds a NUL/u),
      expect.stringMatching(
        /^page-data\/a\/page-data\.json: is not valid UTF-8 at byte 1/u,
      ),
    ]);
  });

  test("the next build reads only what changed, and again every file still bad", async () => {
    const record = `${site.root}/written-text.json`;
    const first = await checkWrittenText(`${site.root}/public`, record);
    expect(first).toMatchObject({ checked: 3, unchanged: 0 });
    // A page rewritten with a NUL (the size changes, as does the time).
    writeFileSync(`${site.root}/public/index.html`, withNul);
    const second = await checkWrittenText(`${site.root}/public`, record);
    // index.html was rewritten, the two bad files were never recorded as clean.
    expect(second.checked).toBe(3);
    expect(second.unchanged).toBe(0);
    expect(second.problems).toHaveLength(3);
    expect(second.problems[0]).toMatch(
      /^category\/커뮤니티\/index\.html: holds a NUL/u,
    );
    expect(second.problems).toContainEqual(
      expect.stringMatching(/^index\.html: holds a NUL/u),
    );
    // Fixed: read once more, then left alone while it stays as it is.
    writeFileSync(`${site.root}/public/index.html`, utf8("<h1>개발 일기</h1>"));
    expect(await checkWrittenText(`${site.root}/public`, record)).toMatchObject(
      {
        checked: 3,
        unchanged: 0,
      },
    );
    expect(await checkWrittenText(`${site.root}/public`, record)).toMatchObject(
      {
        checked: 2,
        unchanged: 1,
      },
    );
    // A damaged record reads everything again.
    writeFileSync(record, "{");
    expect(await checkWrittenText(`${site.root}/public`, record)).toMatchObject(
      {
        checked: 3,
        unchanged: 0,
      },
    );
  });

  test("onPostBuild fails the build naming the files", async () => {
    const reporter = { panicOnBuild: jest.fn(), info: jest.fn() };
    const store = {
      getState: () => ({
        program: { directory: site.root, prefixPaths: false },
        config: {},
        pages: new Map(),
      }),
    };
    await onPostBuild?.(
      { reporter, store } as unknown as BuildArgs,
      { plugins: [] },
      () => undefined,
    );
    // (It also says no search index was started: this test hands over no posts.)
    const messages: string[] = reporter.panicOnBuild.mock.calls.map(
      (call: unknown[]) => String(call[0]),
    );
    // The files it checks include the redirect rules it has just written.
    const message = messages.find((m) => /^2 of the \d+ text files/u.test(m));
    expect(message).toContain("category/커뮤니티/index.html: holds a NUL");
  });
});
