/**
 * On the not-found page only: a URL whose Hangul came in decomposed form (NFD: typed or copied
 * on some Macs, or mangled by a tool) names a page that exists in composed form (NFC, as every
 * page is written). Such a URL is sent on to the composed one before anything is painted, so
 * the reader lands on the post (and on its comment thread). Inlined in `<head>` of the 404 page
 * by gatsby-ssr.tsx; self-contained, as it is serialized.
 */
export function redirectToNfc(): void {
  const { pathname, search, hash } = window.location;
  let decoded: string;
  try {
    decoded = decodeURI(pathname);
  } catch {
    return;
  }
  const composed = decoded.normalize("NFC");
  if (composed !== decoded)
    window.location.replace(`${encodeURI(composed)}${search}${hash}`);
}
