import { planSite } from "../../src/site/plan";
import { sourcePost } from "../helpers/posts";
import type { PlannedPage } from "../../src/site/types";

const options = {
  postsPerPage: 2,
  includeDrafts: false,
  language: "ko",
  timeZone: "Asia/Seoul",
};
/** Which posts a listing shows, by id (the helper's posts live at /<id>/). */
const paths = (pages: PlannedPage[], template?: PlannedPage["template"]) =>
  pages.filter((p) => !template || p.template === template).map((p) => p.path);

describe("collisions across posts", () => {
  test("paths equal after NFC, case and trailing slash fail, naming both files", () => {
    const { problems, pages } = planSite(
      [
        sourcePost("one", { path: "/메모/Hello" }),
        sourcePost("two", { path: "/메모/hello/".normalize("NFD") }),
      ],
      options,
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: "content/posts/one.md",
        field: "path",
        expected: expect.stringContaining("content/posts/two.md"),
      }),
      expect.objectContaining({
        file: "content/posts/two.md",
        field: "path",
        expected: expect.stringContaining("content/posts/one.md"),
      }),
    ]);
    expect(paths(pages, "post")).toHaveLength(1);
  });

  test("a post may not take a URL the site generates", () => {
    const { problems } = planSite(
      [
        sourcePost("a"),
        sourcePost("b", { path: "/category/diary" }),
        sourcePost("c", { path: "/404" }),
      ],
      options,
    );
    expect(problems.map((p) => [p.file, p.expected])).toEqual([
      ["content/posts/b.md", expect.stringContaining('the category "Diary"')],
      ["content/posts/c.md", expect.stringContaining("the not-found page")],
    ]);
  });

  test("two category spellings with one URL fail, naming both files", () => {
    const { problems } = planSite(
      [
        sourcePost("a", { category: "Dev Ops" }),
        sourcePost("b", { category: "dev-ops" }),
      ],
      options,
    );
    expect(problems).toEqual([
      {
        file: "content/posts/a.md",
        field: "category",
        value: '"Dev Ops"',
        expected:
          'one spelling per category — "dev-ops" in content/posts/b.md has the same URL /category/dev-ops/',
      },
      {
        file: "content/posts/b.md",
        field: "category",
        value: '"dev-ops"',
        expected:
          'one spelling per category — "Dev Ops" in content/posts/a.md has the same URL /category/dev-ops/',
      },
    ]);
  });

  test("tags collide the same way, even inside drafts", () => {
    const { problems } = planSite(
      [
        sourcePost("a", { tags: ["Dev Ops"] }),
        sourcePost("b", { tags: ["dev-ops"], draft: true }),
      ],
      options,
    );
    expect(problems.map((p) => [p.file, p.field, p.value])).toEqual([
      ["content/posts/a.md", "tags", '"Dev Ops"'],
      ["content/posts/b.md", "tags", '"dev-ops"'],
    ]);
  });

  test("the same name used by many posts is no collision", () => {
    const { problems } = planSite(
      [sourcePost("a", { tags: ["AWS"] }), sourcePost("b", { tags: ["AWS"] })],
      options,
    );
    expect(problems).toEqual([]);
  });
});
