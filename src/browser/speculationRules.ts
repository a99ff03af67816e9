/**
 * Instant page changes on pages without Gatsby's runtime, which used to prefetch the next page
 * itself: the Speculation Rules API (https://developer.chrome.com/docs/web-platform/prerender-pages).
 * Links into the site are prefetched when the reader hovers or presses them ("moderate"), the
 * previous and next post (`rel="prev"`/`rel="next"`) prerendered the same way; /search/ (its
 * results depend on the query) and other sites never. A browser without the API ignores the
 * script. It is inline, so the page's Content-Security-Policy names its hash (src/security/).
 */
export function speculationRules(pathPrefix: string): string {
  const site = `${pathPrefix}/*`;
  const notSearch = { not: { href_matches: `${pathPrefix}/search/*` } };
  return JSON.stringify({
    prefetch: [
      {
        where: { and: [{ href_matches: site }, notSearch] },
        eagerness: "moderate",
      },
    ],
    prerender: [
      {
        where: {
          and: [
            { href_matches: site },
            notSearch,
            { selector_matches: "a[rel~=prev], a[rel~=next]" },
          ],
        },
        eagerness: "moderate",
      },
    ],
  });
}
