import { speculationRules } from "../../src/browser/speculationRules";

interface Rule {
  where: { and: object[] };
  eagerness: string;
}
const rules = (prefix: string) =>
  JSON.parse(speculationRules(prefix)) as {
    prefetch: Rule[];
    prerender: Rule[];
  };

test("links into the site are prefetched on hover, the previous and next post prerendered", () => {
  const { prefetch, prerender } = rules("");
  expect(prefetch[0]?.eagerness).toBe("moderate");
  expect(prefetch[0]?.where.and).toContainEqual({ href_matches: "/*" });
  expect(prerender[0]?.where.and).toContainEqual({
    selector_matches: "a[rel~=prev], a[rel~=next]",
  });
});

test("never /search/, whose results depend on the query; a path prefix is kept", () => {
  for (const [prefix, search] of [
    ["", "/search/*"],
    ["/blog", "/blog/search/*"],
  ] as const) {
    const { prefetch, prerender } = rules(prefix);
    for (const rule of [...prefetch, ...prerender]) {
      expect(rule.where.and).toContainEqual({ not: { href_matches: search } });
      expect(rule.where.and).toContainEqual({ href_matches: `${prefix}/*` });
    }
  }
});
