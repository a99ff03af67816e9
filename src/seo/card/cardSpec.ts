/**
 * What a generated preview card shows, and the file it is saved as. The file is named by a
 * hash of what it shows, so a card is made again only when its text or its design changes,
 * and a link-preview service that cached the old picture sees a new URL. Pure and free of
 * Node's crypto: a template's Head computes the same name the card job writes.
 */

/** https://developers.facebook.com/docs/sharing/webmasters/images: 1.91:1, 1200 wide. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/**
 * Bumped when the card's design changes (src/seo/card/renderCard.ts), so every card is made
 * again with the new design and gets a new URL.
 */
export const CARD_DESIGN = 1;

export interface CardSpec {
  /** The post's title, or the site's title on the site card. */
  title: string;
  /** The line under the title: category and date, or the site's description. */
  meta: string;
  /** The site's name, in the card's footer. */
  siteName: string;
  /** The site's address without the scheme (`example.com/blog`), opposite the name. */
  address: string;
  /** The language the title is written in: its line breaking rule. */
  language: "ko" | "en";
}

/** The picture a page shows in link previews: a generated card or the author's own image. */
export interface PreviewImage {
  /** Site-relative URL path, e.g. `/og/3k9x….png`; made absolute in the page's head. */
  path: string;
  width: number;
  height: number;
  /** Text for `og:image:alt`. */
  alt: string;
}

/** cyrb53 (public domain, bryc): 53 bits, enough that two cards of one site never share a name. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The card's key: its cache file's name and its URL's. */
export function cardKey(spec: CardSpec): string {
  return hash53(
    JSON.stringify([
      CARD_DESIGN,
      spec.title,
      spec.meta,
      spec.siteName,
      spec.address,
      spec.language,
    ]),
  );
}

/** Where generated cards are served from. */
export const CARD_FOLDER = "/og/";

export function cardImage(spec: CardSpec): PreviewImage {
  return {
    path: `${CARD_FOLDER}${cardKey(spec)}.png`,
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    alt:
      spec.title === spec.siteName
        ? spec.title
        : `${spec.title} — ${spec.siteName}`,
  };
}

interface Site {
  title: string;
  siteUrl: string;
  language: "ko" | "en";
}

const addressOf = (siteUrl: string) =>
  siteUrl.replace(/^https?:\/\//u, "").replace(/\/+$/u, "");

/** The card of the site itself: home, listings, standalone pages, search and 404. */
export function siteCardSpec(site: Site & { description: string }): CardSpec {
  return {
    title: site.title,
    meta: site.description,
    siteName: site.title,
    address: addressOf(site.siteUrl),
    language: site.language,
  };
}

/** A post's card: its title over its category and date (formatted by the caller). */
export function postCardSpec(
  post: { title: string; category: string | null; date: string },
  site: Site,
  language: "ko" | "en" | null,
): CardSpec {
  return {
    title: post.title,
    meta: [post.category, post.date].filter(Boolean).join(" · "),
    siteName: site.title,
    address: addressOf(site.siteUrl),
    language: language ?? site.language,
  };
}
