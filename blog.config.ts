import type { BlogConfig } from "./src/config/blogConfigSchema";

/**
 * The one file a blog's owner edits: everything site-wide lives here and nowhere else.
 * gatsby-config.ts checks it when Gatsby starts, and `npm run check` does too: a wrong setting
 * stops both with a line naming it (the rules: src/config/blogConfigSchema.ts).
 */
export const blogConfig: BlogConfig = {
  /** The site's name: the header, `<title>`, the feed, link previews. */
  title: "개발 일기",
  /** One line about the blog: the home page's meta description and the feed. */
  description: "클라우드와 웹 개발을 배우며 남기는 메모",
  /** Who writes it: JSON-LD and the feed. */
  author: "블로그 주인",
  /** Where the site is served: an origin, no path, no trailing slash. A site below a path
   *  (GitHub Pages' https://name.github.io/repository/) sets PATH_PREFIX instead. */
  siteUrl: "https://example.com",
  /** `ko` or `en`: the interface text, `<html lang>`, date format and Open Graph locale. */
  language: "ko",
  /** IANA time zone in which a bare `YYYY-MM-DD` post date is read and every date is shown. */
  timeZone: "Asia/Seoul",
  /** Posts per page on the home page and on every category and tag listing. */
  postsPerPage: 5,
  /** The newest posts the RSS feed carries, in full. */
  feedPostCount: 50,
  /** Comments under every post, by giscus (GitHub Discussions): uncomment and fill in the four
   *  values giscus.app shows for your repository (README, "Comments"). Left out, posts have no
   *  comment area and readers' browsers ask no one for anything. */
  // comments: {
  //   giscus: {
  //     repo: "owner/repository",
  //     repoId: "R_…",
  //     category: "Comments",
  //     categoryId: "DIC_…",
  //   },
  // },
  /** Who writes the blog: at the top of the home page, and after every post. `avatar` is an
   *  image in static/ ("/avatar.png"; without one, the name's first letter); `links` any of
   *  github, email, linkedin, x, homepage, and `rss: true` for the feed. */
  profile: {
    name: "블로그 주인",
    bio: "클라우드와 웹을 배우며 기록합니다.",
    links: {
      github: "https://github.com/example",
      email: "me@example.com",
      rss: true,
    },
  },
  /** The blog's GitHub repository: uncomment, and every post ends with a GitHub에서 고치기 link
   *  to its markdown file there (`branch` if the posts are not on main). */
  // repository: { url: "https://github.com/owner/blog", branch: "main" },
  /** Analytics on production pages, loaded once the page is idle: uncomment one. Left out,
   *  no page asks any analytics service for anything. The policy below allows its site itself. */
  // analytics: { provider: "ga4", measurementId: "G-XXXXXXXXXX" },
  // analytics: { provider: "plausible", domain: "blog.example.com" },
  // analytics: {
  //   provider: "umami",
  //   websiteId: "00000000-0000-0000-0000-000000000000",
  //   src: "https://cloud.umami.is/script.js",
  // },
  /** Sites a page may load from besides this one: the Content-Security-Policy every page
   *  carries refuses the rest (README, "Scripts nobody wrote"). `frame-src`: videos and demos
   *  a post embeds with an `<iframe>`; `connect-src` and `script-src`: other services a page
   *  loads (an analytics service set above is allowed without listing it here). */
  contentSecurityPolicy: {
    "frame-src": [
      "https://www.youtube-nocookie.com",
      "https://www.youtube.com",
      "https://player.vimeo.com",
      "https://codepen.io",
    ],
  },
};
