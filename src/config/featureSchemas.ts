import { z } from "zod";

/**
 * The settings of blog.config.ts for the blog's features (profile, comments, the policy's other
 * sites), apart from blogConfigSchema.ts, which puts them together with the site's own.
 */

/** Non-empty text; `expected` is what the error says was wanted. */
export const text = (expected: string) =>
  z.string({ error: expected }).refine((v) => v.trim() !== "", {
    error: expected,
  });

/** An https origin or host source for the Content-Security-Policy (src/security/), never a keyword. */
const SOURCE_EXPECTED =
  "an https source, e.g. https://www.youtube-nocookie.com — no quotes, no spaces, no keywords like 'unsafe-inline'";
const source = z
  .string({ error: SOURCE_EXPECTED })
  .regex(/^https:\/\/[\w.*-]+(:\d+)?(\/[^\s;,']*)?$/u, {
    error: SOURCE_EXPECTED,
  });
export const sources = z.array(source, {
  error: `a list of ${SOURCE_EXPECTED}`,
});

/** An absolute https:// address; `expected` is what the error says was wanted. */
export const https = (expected: string) =>
  z
    .string({ error: expected })
    .refine((value) => URL.canParse(value) && value.startsWith("https://"), {
      error: expected,
    });

const httpsUrl = https("an https:// address, e.g. https://github.com/kim");

/** Who writes the blog: shown at the top of the home page and after every post. */
export const profileSchema = z.strictObject(
  {
    name: text("the name shown with the profile, non-empty text"),
    /** One line about the author. */
    bio: text("one line about the author, non-empty text").optional(),
    /** A square image in static/, e.g. "/avatar.png"; without one, the name's first letter. */
    avatar: z
      .string({ error: "a path in static/, e.g. /avatar.png" })
      .regex(/^\/[^\s?#]+\.(png|jpe?g|webp|avif|svg)$/iu, {
        error: "a path of an image in static/, e.g. /avatar.png",
      })
      .optional(),
    links: z
      .strictObject(
        {
          github: httpsUrl.optional(),
          email: z.email({ error: "an email address" }).optional(),
          linkedin: httpsUrl.optional(),
          x: httpsUrl.optional(),
          homepage: httpsUrl.optional(),
          /** A link to the site's own feed. */
          rss: z.boolean({ error: "true or false" }).optional(),
        },
        {
          error:
            "an object of links: github, email, linkedin, x, homepage, rss (any of them)",
        },
      )
      .optional(),
  },
  { error: "an object: name, bio, avatar, links" },
);

const GISCUS_ID = "the id giscus.app shows for it, e.g. R_kgDOxxxxxx";
/** Comments by giscus (GitHub Discussions); README, "Comments", says where the four come from. */
export const giscusSchema = z.strictObject(
  {
    repo: z
      .string({ error: "owner/repository, e.g. kim/blog-comments" })
      .regex(/^[\w.-]+\/[\w.-]+$/u, {
        error: "owner/repository, e.g. kim/blog-comments",
      }),
    repoId: text(GISCUS_ID),
    category: text("the Discussions category, e.g. Comments"),
    categoryId: text(GISCUS_ID),
  },
  { error: "an object: repo, repoId, category, categoryId" },
);
