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
