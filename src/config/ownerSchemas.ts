import { z } from "zod";
import { https, text } from "./featureSchemas";

/**
 * The settings of blog.config.ts an owner expects from any blog: where its source lives (each
 * post's edit link) and which analytics service counts its readers.
 */

const REPOSITORY =
  "a GitHub repository's address, e.g. https://github.com/kim/blog";

/** The repository the posts are written in: each post links to its own file there. */
export const repositorySchema = z.strictObject(
  {
    url: z
      .string({ error: REPOSITORY })
      .regex(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/u, {
        error: REPOSITORY,
      }),
    /** The branch the posts are on; `main` when left out. */
    branch: text("a branch name, e.g. main")
      .refine((v) => !/[\s~^:?*[\\]|\.\.|^\/|\/$/u.test(v), {
        error: "a branch name, e.g. main",
      })
      .optional(),
  },
  { error: "an object: url, and branch if not main" },
);

const httpsScript = https("the https:// address of the service's script");

/** One analytics service, loaded on production pages once the page is idle. */
export const analyticsSchema = z.discriminatedUnion(
  "provider",
  [
    z.strictObject({
      provider: z.literal("ga4"),
      measurementId: z
        .string({ error: "a GA4 measurement ID, e.g. G-ABC123XYZ" })
        .regex(/^G-[A-Z0-9]+$/u, {
          error: "a GA4 measurement ID, e.g. G-ABC123XYZ",
        }),
    }),
    z.strictObject({
      provider: z.literal("plausible"),
      /** The site's domain as Plausible knows it, e.g. blog.example.com. */
      domain: text("the domain Plausible counts, e.g. blog.example.com"),
      /** A self-hosted Plausible's script; plausible.io's when left out. */
      src: httpsScript.optional(),
    }),
    z.strictObject({
      provider: z.literal("umami"),
      websiteId: z.uuid({ error: "the website ID Umami shows, a UUID" }),
      /** Umami Cloud's https://cloud.umami.is/script.js, or a self-hosted one's. */
      src: httpsScript,
    }),
  ],
  {
    error:
      'one of { provider: "ga4", measurementId }, { provider: "plausible", domain }, { provider: "umami", websiteId, src }',
  },
);

export type RepositorySettings = z.infer<typeof repositorySchema>;
export type AnalyticsSettings = z.infer<typeof analyticsSchema>;
