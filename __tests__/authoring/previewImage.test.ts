import { validateFrontmatter } from "../../src/content/frontmatter";
import {
  previewImageFile,
  previewImageProblem,
} from "../../src/authoring/previewImage";
import { checkRun, good } from "../helpers/checkRun";

const frontmatter = (image: unknown) =>
  validateFrontmatter(
    { title: "t", path: "/t", category: "c", date: "2024-01-01", image },
    "content/posts/t.md",
    "Asia/Seoul",
  );

describe("frontmatter image", () => {
  test.each([
    "./cover.jpg",
    "cover.PNG",
    "../shared/표지.webp",
    "/images/x.gif",
  ])("%s is a picture a link preview can show", (image) => {
    const result = frontmatter(image);
    expect(result.ok && result.frontmatter.image).toBe(image);
  });

  test.each([
    "https://example.com/x.png",
    "//cdn/x.png",
    "./cover.svg",
    "./cover.jpg?v=2",
    3,
  ])("%s is refused, saying what would do", (image) => {
    const result = frontmatter(image);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]?.expected).toMatch(
      /beside the post.*static\//u,
    );
  });

  test("left out, there is none", () => {
    const result = frontmatter(undefined);
    expect(result.ok && result.frontmatter.image).toBeNull();
  });
});

describe("where an image's file is", () => {
  test.each([
    [
      "./cover.jpg",
      "content/posts/2024/post.md",
      "content/posts/2024/cover.jpg",
    ],
    [
      "../shared/표지.png",
      "content/posts/2024/post.md",
      "content/posts/shared/표지.png",
    ],
    ["/images/x.png", "content/posts/post.md", "static/images/x.png"],
  ])("%s of %s is %s", (image, markdown, file) => {
    expect(previewImageFile(image, markdown)).toBe(file);
    expect(previewImageProblem(image, markdown, (f) => f === file)).toBeNull();
  });
});

describe("npm run check", () => {
  const { check } = checkRun();

  test("names a missing image as the build does, and passes once it is there", () => {
    const post = good("표지", "/cover", "본문", { image: "./cover.jpg" });
    const missing = check({ "content/posts/cover.md": post });
    expect(missing.code).toBe(1);
    expect(missing.lines.join("\n")).toContain(
      "a file beside the post — content/posts/cover.jpg does not exist",
    );
    const present = check({
      "content/posts/cover.md": post,
      "content/posts/cover.jpg": Buffer.from([0xff, 0xd8, 0xff]),
    });
    expect(present.code).toBe(0);
  });
});
