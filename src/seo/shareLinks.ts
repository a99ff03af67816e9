/**
 * Plain links that share a post on X, Facebook and LinkedIn: each site's own share address with
 * the post's canonical URL (already percent-encoded, encoded again as a query value), no script
 * of theirs on our page.
 */
export function shareLinks(
  canonicalUrl: string,
  title: string,
): { site: string; href: string }[] {
  const url = encodeURIComponent(canonicalUrl);
  return [
    {
      site: "X",
      href: `https://x.com/intent/post?url=${url}&text=${encodeURIComponent(title)}`,
    },
    {
      site: "Facebook",
      href: `https://www.facebook.com/sharer/sharer.php?u=${url}`,
    },
    {
      site: "LinkedIn",
      href: `https://www.linkedin.com/sharing/share-offsite/?url=${url}`,
    },
  ];
}
