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

describe("spellings of one term (letter case) are one listing", () => {
  const tagListing = (pages: PlannedPage[]) =>
    pages.find((p) => p.path === "/tag/aws/");
  const tagIndex = (pages: PlannedPage[]) =>
    pages.find((p) => p.path === "/tags/");

  test("shown with the spelling most posts use, counting every post, with a warning for the others", () => {
    const { pages, problems, warnings } = planSite(
      [
        sourcePost("a", { tags: ["aws"], date: "2020-01-01" }),
        sourcePost("b", { tags: ["AWS"], date: "2020-01-02" }),
        sourcePost("c", { tags: ["AWS"], date: "2020-01-03" }),
      ],
      options,
    );
    expect(problems).toEqual([]);
    const listing = tagListing(pages);
    expect(listing?.context).toMatchObject({
      listing: { kind: "tag", name: "AWS" },
    });
    expect(
      tagIndex(pages)?.template === "termIndex" && tagIndex(pages)?.context,
    ).toMatchObject({ terms: [{ name: "AWS", count: 3 }] });
    expect(warnings).toEqual([
      {
        file: "content/posts/a.md",
        field: "tags",
        value: '"aws"',
        expected:
          'one spelling per tag — shown as "AWS", as 2 of the 3 posts with it write it; merged into /tag/aws/',
      },
    ]);
  });

  test("on a tie the oldest post's spelling wins, and cards show it", () => {
    const { pages } = planSite(
      [
        sourcePost("new", { category: "diary", date: "2021-05-05" }),
        sourcePost("old", { category: "Diary", date: "2019-01-01" }),
      ],
      options,
    );
    const home = pages.find((p) => p.path === "/");
    expect(
      home?.template === "listing" &&
        home.context.posts.map((card) => card.category?.name),
    ).toEqual(["Diary", "Diary"]);
    expect(pages.map((p) => p.path)).toContain("/category/diary/");
  });

  test("one post tagged [AWS, aws] has the tag once", () => {
    const { pages, warnings } = planSite(
      [sourcePost("a", { tags: ["AWS", "aws"] })],
      options,
    );
    const listing = tagListing(pages);
    expect(
      listing?.template === "listing" && listing.context.posts.length,
    ).toBe(1);
    expect(warnings).toHaveLength(1);
  });
});
