/**
 * The headers every response of the blog carries, beside the Content-Security-Policy each page
 * states in a meta tag (src/security/): what a meta tag cannot carry. Written out by hand for
 * each server — deploy/nginx-security-headers.conf, netlify.toml and
 * deploy/cloudfront-response-headers-policy.json — and a test holds all three to this list.
 * GitHub Pages cannot send headers: there only the meta tag's policy applies.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  // Who may put the blog in a frame: only the blog itself (a meta tag's frame-ancestors is ignored).
  "Content-Security-Policy": "frame-ancestors 'self'",
  // The same for browsers older than frame-ancestors.
  "X-Frame-Options": "SAMEORIGIN",
  // Once a browser has seen the site over HTTPS, only HTTPS for a year. Subdomains are left
  // alone: the owner's other hosts may not have HTTPS.
  "Strict-Transport-Security": "max-age=31536000",
  // A file is what its Content-Type says, never sniffed into a script.
  "X-Content-Type-Options": "nosniff",
  // Other sites learn the blog's origin from a link, not the post's path.
  "Referrer-Policy": "strict-origin-when-cross-origin",
  // Features no page uses, refused to anything running on it.
  "Permissions-Policy":
    "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
};
