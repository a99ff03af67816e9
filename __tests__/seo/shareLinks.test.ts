import { shareLinks } from "../../src/seo/shareLinks";

test("each site's share address carries the encoded canonical URL, and X the title", () => {
  const url =
    "https://example.com/2019-04-17-AWS-Summit-Seoul-%EB%A9%94%EB%AA%A8/";
  const links = Object.fromEntries(
    shareLinks(url, "메모 & 후기").map(({ site, href }) => [
      site,
      new URL(href),
    ]),
  );
  expect(Object.keys(links)).toEqual(["X", "Facebook", "LinkedIn"]);
  // Read back as the site reads its query: the URL exactly, percent-encoding and all.
  expect(links.X?.searchParams.get("url")).toBe(url);
  expect(links.X?.searchParams.get("text")).toBe("메모 & 후기");
  expect(links.Facebook?.searchParams.get("u")).toBe(url);
  expect(links.LinkedIn?.searchParams.get("url")).toBe(url);
  for (const link of Object.values(links))
    expect(link?.protocol).toBe("https:");
});
