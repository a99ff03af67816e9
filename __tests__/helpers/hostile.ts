import { blogPostingLd } from "../../src/seo/jsonLd";

/** Frontmatter text that tries to break out of every place it is written into. */
export const SITE = "https://example.com";
export const HOSTILE_TITLE =
  'He said "hi" & <b>bye</b></script><script>alert(1)</script>';
export const HOSTILE_CATEGORY = 'Q&A "따옴표" </script>';
export const HOSTILE_DESCRIPTION =
  "<!-- & ' \" \u2028 line --> 서버리스 메모\u2029끝";
export const HOSTILE_TAGS = ["<script>", "AWS & 서버리스", "a\u2028b"];

/** The seed post's JSON-LD, made of that text. */
export const hostilePost = blogPostingLd({
  siteUrl: SITE,
  url: "/2019-04-17-AWS-Summit-Seoul-메모/",
  title: HOSTILE_TITLE,
  description: HOSTILE_DESCRIPTION,
  datePublished: "2019-04-17",
  author: '블로그 "주인" <me>',
  language: "ko",
  category: HOSTILE_CATEGORY,
  tags: HOSTILE_TAGS,
});
