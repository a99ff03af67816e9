import { withPrefix } from "gatsby";
import React from "react";
import type { Profile as ProfileSettings } from "../config/blogConfigSchema";
import { uiText } from "../site/uiText";
import {
  PROFILE_LINKS,
  ProfileIcon,
  type ProfileLinkKind,
} from "./ProfileIcon";

function href(kind: ProfileLinkKind, settings: ProfileSettings): string | null {
  const value = settings.links?.[kind];
  if (value === undefined || value === false) return null;
  if (kind === "email") return `mailto:${String(value)}`;
  if (kind === "rss") return withPrefix("/rss.xml");
  return String(value);
}

/**
 * Who writes the blog (blog.config.ts `profile`): in full at the top of the home page, compact
 * after every post. The avatar has its size in the markup, so nothing moves when it loads;
 * without one, the name's first letter stands in, drawn by CSS.
 */
export function Profile({
  profile,
  compact = false,
}: {
  profile: ProfileSettings;
  compact?: boolean;
}) {
  // PaperMod-sized in full (docs/design.md, "Profile and footer"), half in the compact one.
  const size = compact ? 48 : 96;
  return (
    <section
      className={compact ? "profile profile-compact" : "profile"}
      aria-label={uiText.aboutAuthor}
    >
      {profile.avatar ? (
        <img
          className="profile-avatar"
          src={withPrefix(profile.avatar)}
          alt=""
          width={size}
          height={size}
          decoding="async"
          loading={compact ? "lazy" : "eager"}
        />
      ) : (
        <span
          className="profile-avatar profile-initial"
          aria-hidden="true"
          style={{ width: size, height: size }}
        >
          {Array.from(profile.name)[0]}
        </span>
      )}
      <div className="profile-text">
        <p className="profile-name">{profile.name}</p>
        {profile.bio && <p className="profile-bio">{profile.bio}</p>}
        <ProfileLinks profile={profile} />
      </div>
    </section>
  );
}

/** The profile's links as icons named in words: in the profile, and in every page's footer. */
export function ProfileLinks({ profile }: { profile: ProfileSettings }) {
  const links = PROFILE_LINKS.flatMap((kind) => {
    const url = href(kind, profile);
    return url ? [{ kind, url }] : [];
  });
  if (links.length === 0) return null;
  return (
    <ul className="profile-links">
      {links.map(({ kind, url }) => (
        <li key={kind}>
          <a href={url} rel={kind === "rss" ? "alternate" : "me"}>
            <ProfileIcon kind={kind} />
            <span className="visually-hidden">{uiText.profileLinks[kind]}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
