import { expect, encoded, test } from "../fixtures";

/** The sample post that shows math and files beside a post (content/posts/…수식과-첨부-파일). */
const MATH_POST = encoded("/2025-02-10-수식과-첨부-파일/");

test("math is drawn with KaTeX's own fonts, allowed by the page's policy", async ({
  page,
}) => {
  const blocked: string[] = [];
  page.on("console", (message) => {
    if (/Content.Security.Policy/iu.test(message.text()))
      blocked.push(message.text());
  });
  await page.goto(MATH_POST);
  const inline = page.locator(".post-body .katex").first();
  await expect(inline).toBeVisible();
  const box = await inline.boundingBox();
  expect(box?.width).toBeGreaterThan(20);
  expect(box?.height).toBeGreaterThan(8);
  const fontsLoaded = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts]
      .filter((font) => font.status === "loaded")
      .map((font) => font.family.replace(/"/gu, ""));
  });
  expect(fontsLoaded).toEqual(
    expect.arrayContaining(["KaTeX_Main", "KaTeX_Math"]),
  );
  expect(blocked).toEqual([]);
});

test.describe("in the dark theme", () => {
  test.use({ colorScheme: "dark" });

  test("math, its fraction lines included, is drawn in the text's light colour", async ({
    page,
  }) => {
    await page.goto(MATH_POST);
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    const colours = await page.evaluate(() => {
      const style = (selector: string) => {
        const element = document.querySelector(selector);
        return element ? getComputedStyle(element) : null;
      };
      return {
        text: style(".post-body")?.color,
        math: style(".post-body .katex")?.color,
        fractionLine: style(".post-body .frac-line")?.borderBottomColor,
        background: getComputedStyle(document.body).backgroundColor,
      };
    });
    expect(colours.math).toBe(colours.text);
    expect(colours.fractionLine).toBe(colours.text);
    expect(colours.math).not.toBe(colours.background);
  });
});

test.describe("on a narrow phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("a wide equation scrolls in its own block, not the page sideways", async ({
    page,
  }) => {
    await page.goto(MATH_POST);
    await expect(page.locator(".katex-display").first()).toBeVisible();
    const overflow = await page.evaluate(
      () =>
        document.documentElement.scrollWidth -
        document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test("every file beside the post is served, and its images hold their size before they load", async ({
  page,
  request,
}) => {
  await page.goto(MATH_POST);
  const urls = await page.evaluate(() =>
    [...document.querySelectorAll(".post-body :is(img, video, a)")]
      .map((e) => e.getAttribute("src") ?? e.getAttribute("href") ?? "")
      .filter((url) => url.startsWith("/static/")),
  );
  for (const name of [
    "diagram.svg",
    "loop.gif",
    "slides.pdf",
    "example.zip",
    "clip.mp4",
  ])
    expect(urls, name).toContainEqual(expect.stringMatching(`/${name}$`));
  // A photo is re-encoded for the column, its width in its name (gatsby-remark-photos).
  expect(urls).toContainEqual(expect.stringMatching(/\/photo-\d+\.webp$/u));
  for (const url of urls) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
  }
  for (const name of ["diagram.svg", "loop.gif"]) {
    const img = page.locator(`.post-body img[src$="/${name}"]`);
    await expect(img).toHaveAttribute("width", /^\d+$/u);
    await expect(img).toHaveAttribute("height", /^\d+$/u);
  }
});
