import AxeBuilder from "@axe-core/playwright";
import { encoded, expect, test } from "../fixtures";

/** content/posts/2024-06-20-hangul-urls.md keeps two old paths in `aliases`. */
const POST = "/2024-06-20-hangul-urls/";
const TITLE = "Hangul URLs that survive every server";
const OLD = "/한글-주소/";

test("a reader following an old address lands on the post", async ({
  page,
}) => {
  await page.goto(encoded(OLD));
  await expect(page).toHaveURL(new RegExp(`${POST}$`, "u"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
});

test("nginx answers an old address with a 301 to the post, slash or not, query kept", async ({
  request,
}) => {
  for (const [old, location] of [
    [encoded(OLD), POST],
    [encoded(OLD.slice(0, -1)), POST],
    ["/2024/06/hangul-urls/?ref=old", `${POST}?ref=old`],
  ] as const) {
    const response = await request.get(old, { maxRedirects: 0 });
    expect([old, response.status()]).toEqual([old, 301]);
    expect(response.headers().location).toBe(location);
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  }
});

test("where no server rule answers, the old path's page sends the reader on, and passes axe", async ({
  page,
}) => {
  // The page itself, as a host without rules (GitHub Pages) serves it.
  const oldPage = `${encoded(OLD)}index.html`;
  await page.goto(oldPage);
  await expect(page).toHaveURL(new RegExp(`${POST}$`, "u"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);

  // Held on the page (the refresh answered with 204, which keeps a browser where it is).
  await page.route(`**${POST}`, (route) => route.fulfill({ status: 204 }));
  await page.goto(oldPage);
  await expect(page.getByRole("link", { name: TITLE })).toHaveAttribute(
    "href",
    POST,
  );
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
