/**
 * Every site-wide setting lives here, typed, and nowhere else: gatsby-config.ts turns it into
 * `siteMetadata`, the build reads the time zone and page size from it, the UI reads the language.
 */
export interface SiteSettings {
  title: string;
  description: string;
  author: string;
  /** Origin the site is served from, without a trailing slash. */
  siteUrl: string;
  /** BCP 47 language tag of the interface and of `<html lang>`. */
  language: "ko" | "en";
  /** IANA time zone in which a bare `YYYY-MM-DD` post date is read and every date is shown. */
  timeZone: string;
  /** Posts per page on the home page and on every category and tag listing. */
  postsPerPage: number;
  /** The newest posts the RSS feed carries, in full. */
  feedPostCount: number;
}

export const siteSettings: SiteSettings = {
  title: "개발 일기",
  description: "클라우드와 웹 개발을 배우며 남기는 메모",
  author: "블로그 주인",
  siteUrl: "https://example.com",
  language: "ko",
  timeZone: "Asia/Seoul",
  postsPerPage: 5,
  feedPostCount: 50,
};
