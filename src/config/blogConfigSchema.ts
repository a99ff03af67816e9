import { z } from "zod";
import { giscusSchema, profileSchema, sources, text } from "./featureSchemas";
import { analyticsSchema, repositorySchema } from "./ownerSchemas";
import {
  formatProblem,
  showValue,
  valueAt,
  type Problem,
} from "../content/problems";

/**
 * The settings of blog.config.ts, declared once: the schema checks them when Gatsby starts and
 * when `npm run check` runs, and supplies the `BlogConfig` type the file is written against.
 * Only types leave this module for the browser: zod stays out of the /search/ bundle.
 */

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (
      (url.protocol === "https:" || url.protocol === "http:") &&
      url.origin === value
    );
  } catch {
    return false;
  }
}

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const count = (expected: string, max: number) =>
  z
    .number({ error: expected })
    .int({ error: expected })
    .min(1, { error: expected })
    .max(max, { error: expected });

export const blogConfigSchema = z.strictObject(
  {
    /** The site's name: the header, `<title>`, the feed, link previews. */
    title: text("the site's name, non-empty text"),
    /** One line about the blog: the home page's meta description and the feed. */
    description: text("one line about the blog, non-empty text"),
    /** Who writes it: JSON-LD and the feed. */
    author: text("the author's name, non-empty text"),
    /** Where the site is served, an origin without a path or trailing slash. */
    siteUrl: z
      .string({ error: "an https:// origin, e.g. https://blog.example.com" })
      .refine(isOrigin, {
        error:
          "an http(s) origin without a path or trailing slash, e.g. https://blog.example.com (a site below a path, as on GitHub Pages, sets PATH_PREFIX instead)",
      }),
    /** The interface's language, `<html lang>`, date format and Open Graph locale. */
    language: z.enum(["ko", "en"], { error: "ko or en" }),
    /** IANA time zone in which a bare `YYYY-MM-DD` post date is read and every date is shown. */
    timeZone: z
      .string({ error: "an IANA time zone, e.g. Asia/Seoul" })
      .refine(isTimeZone, { error: "an IANA time zone, e.g. Asia/Seoul" }),
    /** Posts per page on the home page and on every category and tag listing. */
    postsPerPage: count("a whole number of posts from 1 to 100", 100),
    /** The newest posts the RSS feed carries, in full. */
    feedPostCount: count("a whole number of posts from 1 to 1000", 1000),
    /** Comments under every post; none (and no request to anyone) without this. */
    comments: z
      .strictObject(
        { giscus: giscusSchema },
        {
          error:
            "an object: { giscus: { repo, repoId, category, categoryId } }",
        },
      )
      .optional(),
    /** Who writes the blog (the home page and after every post). */
    profile: profileSchema.optional(),
    /** The blog's GitHub repository: each post links to its file there (GitHub에서 고치기). */
    repository: repositorySchema.optional(),
    /** One analytics service on production pages; none (and no request) without this. */
    analytics: analyticsSchema.optional(),
    /** Other sites a page may load from (src/security/): frames for embedded videos, etc. */
    contentSecurityPolicy: z
      .strictObject(
        {
          "frame-src": sources.optional(),
          "connect-src": sources.optional(),
          "script-src": sources.optional(),
        },
        {
          error:
            'an object of lists by directive, e.g. { "frame-src": ["https://www.youtube-nocookie.com"] }',
        },
      )
      .optional(),
  },
  { error: "an object of settings" },
);

export type BlogConfig = z.infer<typeof blogConfigSchema>;
export type Profile = z.infer<typeof profileSchema>;
export type GiscusSettings = z.infer<typeof giscusSchema>;

const CONFIG_FILE = "blog.config.ts";

/** The settings, checked: typed when right, else every wrong one, named as the file names it. */
export function readBlogConfig(
  config: unknown,
): { ok: true; config: BlogConfig } | { ok: false; problems: Problem[] } {
  const result = blogConfigSchema.safeParse(config);
  if (result.success) return { ok: true, config: result.data };
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.map(String).join(".") || "blogConfig";
    const value =
      issue.code === "unrecognized_keys"
        ? showValue(issue.keys.join(", "))
        : showValue(valueAt(config, issue.path));
    return {
      file: CONFIG_FILE,
      field,
      value,
      expected:
        issue.code !== "unrecognized_keys"
          ? issue.message
          : issue.path.length === 0
            ? `only the settings blog.config.ts documents (${Object.keys(blogConfigSchema.shape).join(", ")})`
            : `only what blog.config.ts documents for ${field}`,
    };
  });
  return { ok: false, problems };
}

/** Every wrong setting, one problem each; none when the settings are right. */
export function blogConfigProblems(config: unknown): Problem[] {
  const result = readBlogConfig(config);
  return result.ok ? [] : result.problems;
}

/** Stops Gatsby as it starts (gatsby-config.ts) with every wrong setting, one per line. */
export function assertBlogConfig(config: unknown): void {
  const problems = blogConfigProblems(config);
  if (problems.length === 0) return;
  throw new Error(
    `${CONFIG_FILE} has ${problems.length} wrong setting${problems.length === 1 ? "" : "s"}:\n` +
      problems.map(formatProblem).join("\n"),
  );
}
