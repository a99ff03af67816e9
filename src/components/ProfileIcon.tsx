import React from "react";

/** The kinds of profile link blog.config.ts takes, in the order they are shown. */
export const PROFILE_LINKS = [
  "github",
  "linkedin",
  "x",
  "homepage",
  "email",
  "rss",
] as const;
export type ProfileLinkKind = (typeof PROFILE_LINKS)[number];

/**
 * The three brand marks, copied from Simple Icons 16.37.0 (icons/github.svg, x.svg, rss.svg; CC0).
 * Copied rather than imported: the package is one module of every brand's path, megabytes that
 * webpack parsed into the develop bundle and the HTML renderer on every build, for three paths.
 */
export const BRANDS = {
  github:
    "M12 .297c-6.63 0-12 5.373-12 12 0 5.303 3.438 9.8 8.205 11.385.6.113.82-.258.82-.577 0-.285-.01-1.04-.015-2.04-3.338.724-4.042-1.61-4.042-1.61C4.422 18.07 3.633 17.7 3.633 17.7c-1.087-.744.084-.729.084-.729 1.205.084 1.838 1.236 1.838 1.236 1.07 1.835 2.809 1.305 3.495.998.108-.776.417-1.305.76-1.605-2.665-.3-5.466-1.332-5.466-5.93 0-1.31.465-2.38 1.235-3.22-.135-.303-.54-1.523.105-3.176 0 0 1.005-.322 3.3 1.23.96-.267 1.98-.399 3-.405 1.02.006 2.04.138 3 .405 2.28-1.552 3.285-1.23 3.285-1.23.645 1.653.24 2.873.12 3.176.765.84 1.23 1.91 1.23 3.22 0 4.61-2.805 5.625-5.475 5.92.42.36.81 1.096.81 2.22 0 1.606-.015 2.896-.015 3.286 0 .315.21.69.825.57C20.565 22.092 24 17.592 24 12.297c0-6.627-5.373-12-12-12",
  x: "M14.234 10.162 22.977 0h-2.072l-7.591 8.824L7.251 0H.258l9.168 13.343L.258 24H2.33l8.016-9.318L16.749 24h6.993zm-2.837 3.299-.929-1.329L3.076 1.56h3.182l5.965 8.532.929 1.329 7.754 11.09h-3.182z",
  rss: "M19.199 24C19.199 13.467 10.533 4.8 0 4.8V0c13.165 0 24 10.835 24 24h-4.801zM3.291 17.415c1.814 0 3.293 1.479 3.293 3.295 0 1.813-1.485 3.29-3.301 3.29C1.47 24 0 22.526 0 20.71s1.475-3.294 3.291-3.295zM15.909 24h-4.665c0-6.169-5.075-11.245-11.244-11.245V8.09c8.727 0 15.909 7.184 15.909 15.91z",
};

/**
 * Each as one 24×24 path: brands from Simple Icons (LinkedIn left it, so it is drawn here
 * like the mail and home outlines), filled with the text colour. Inline, so no icon font and no
 * request; hidden from assistive technology, as the link says what it is in words.
 */
const PATHS: Record<ProfileLinkKind, { d: string; outline?: boolean }> = {
  github: { d: BRANDS.github },
  x: { d: BRANDS.x },
  rss: { d: BRANDS.rss },
  linkedin: {
    d: "M4 2h16a2 2 0 0 1 2 2v16a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2zM5.5 9.5v9h3v-9zM7 4.8a1.7 1.7 0 1 0 0 3.4 1.7 1.7 0 1 0 0-3.4zM10.5 9.5v9h3v-5a1.5 1.5 0 0 1 3 0v5h3v-5.5a4 4 0 0 0-6-3.4v-.1z",
  },
  email: { d: "M3 5h18v14H3zM3 5l9 7 9-7", outline: true },
  homepage: { d: "M3 11l9-8 9 8v10h-6v-6H9v6H3z", outline: true },
};

export function ProfileIcon({ kind }: { kind: ProfileLinkKind }) {
  const { d, outline } = PATHS[kind];
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      className="profile-icon"
    >
      <path
        d={d}
        fillRule="evenodd"
        {...(outline
          ? {
              fill: "none",
              stroke: "currentColor",
              strokeWidth: 2,
              strokeLinejoin: "round",
            }
          : { fill: "currentColor" })}
      />
    </svg>
  );
}
