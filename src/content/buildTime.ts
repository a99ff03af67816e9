/**
 * The moment a build publishes as of: now, or `BLOG_BUILD_TIME` (an ISO 8601 date-time with an
 * offset) for tests and reproducible builds. A post dated later is scheduled: left out of
 * `gatsby build` and shown in develop (src/site/plan.ts).
 */
export function buildTime(env: NodeJS.ProcessEnv = process.env): string {
  const set = env.BLOG_BUILD_TIME;
  if (set === undefined || set === "") return new Date().toISOString();
  const ms = /[zZ]|[+-]\d\d:?\d\d$/u.test(set) ? Date.parse(set) : NaN;
  if (Number.isNaN(ms))
    throw new Error(
      `BLOG_BUILD_TIME: "${set}" — expected an ISO 8601 date-time with its offset, e.g. 2026-12-01T09:00:00+09:00`,
    );
  return new Date(ms).toISOString();
}

/** A post (not a standalone page) dated after the build's moment. */
export function isScheduled(
  post: { kind: string; timestamp: string },
  now: string,
): boolean {
  return post.kind === "post" && Date.parse(post.timestamp) > Date.parse(now);
}
