import React from "react";
import { siGithub, siRss, siX } from "simple-icons";

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
 * Each as one 24×24 path: brands from Simple Icons (CC0; LinkedIn left it, so it is drawn here
 * like the mail and home outlines), filled with the text colour. Inline, so no icon font and no
 * request; hidden from assistive technology, as the link says what it is in words.
 */
const PATHS: Record<ProfileLinkKind, { d: string; outline?: boolean }> = {
  github: { d: siGithub.path },
  x: { d: siX.path },
  rss: { d: siRss.path },
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
