import { blogConfig } from "../../../blog.config";
import { checkRun, good } from "../../helpers/checkRun";

const { check } = checkRun();

test("a wrong setting in blog.config.ts is named and fails the check", () => {
  const { code, printed, summary } = check(
    { "content/posts/a.md": good("가", "/a") },
    { ...blogConfig, timeZone: "KST" },
  );
  expect(code).toBe(1);
  expect(printed).toEqual([
    'blog.config.ts: timeZone: "KST" — expected an IANA time zone, e.g. Asia/Seoul',
  ]);
  expect(summary).toBe("blog.config.ts: 1 wrong setting; posts not checked.");
});

test("a profile avatar that is not in static/ is named, like a wrong setting", () => {
  const { code, printed, summary } = check(
    {
      "content/posts/a.md": good("가", "/a"),
      "static/me.png": "not really a png",
    },
    { ...blogConfig, profile: { name: "김개발", avatar: "/avatar.png" } },
  );
  expect(code).toBe(1);
  expect(printed).toEqual([
    'blog.config.ts: profile.avatar: "/avatar.png" — expected an image in static/ — static/avatar.png does not exist',
  ]);
  expect(summary).toBe("blog.config.ts: 1 wrong setting; posts not checked.");
  expect(
    check(
      { "content/posts/a.md": good("가", "/a"), "static/me.png": "png" },
      { ...blogConfig, profile: { name: "김개발", avatar: "/me.png" } },
    ).code,
  ).toBe(0);
});

test("tags that differ only in letter case are listed as a warning; the exit code stays 0", () => {
  const { code, lines, summary } = check({
    "content/posts/a.md": good("a", "/a", "", { tags: "[AWS]" }),
    "content/posts/b.md": good("b", "/b", "", {
      tags: "[aws]",
      date: "2024-01-02",
    }),
    "content/posts/c.md": good("c", "/c", "", {
      tags: "[AWS]",
      date: "2024-01-03",
    }),
  });
  expect(code).toBe(0);
  expect(lines).toEqual([
    'warning content/posts/b.md: tags: "aws" — expected one spelling per tag — shown as "AWS", as 2 of the 3 posts with it write it; merged into /tag/aws/',
  ]);
  expect(summary).toMatch(/no problems, 1 warning\.$/u);
});

test("scheduled posts are listed with their dates; a published post linking to one is a problem", () => {
  process.env.BLOG_BUILD_TIME = "2026-12-01T09:00:00+09:00";
  try {
    const logged = jest.spyOn(console, "log");
    const { code, printed } = check({
      "content/posts/now.md": good("지금", "/now", "[다음 글](/later/)", {
        date: "2026-11-30",
      }),
      "content/posts/later.md": good("나중", "/later", "", {
        date: "2026-12-25",
      }),
    });
    expect(code).toBe(1);
    expect(printed.join("\n")).toMatch(
      /content\/posts\/now\.md: link: "\/later\/" — expected a page of this site/u,
    );
    expect(logged.mock.calls.map((c) => String(c[0]))).toContain(
      "scheduled content/posts/later.md: date 2026-12-25 — left out of builds until then, shown in npm run develop",
    );
  } finally {
    delete process.env.BLOG_BUILD_TIME;
  }
});
