import type { BlogConfig } from "../config/blogConfigSchema";
import type { ExtraSources } from "./contentSecurityPolicy";

/** Where giscus serves its script, stylesheet and comment frame from. */
export const GISCUS_ORIGIN = "https://giscus.app";

/**
 * The other sites a page may load from: those blog.config.ts lists, and a third party's only
 * when its feature is configured (comments: giscus).
 */
export function configuredSources(config: BlogConfig): ExtraSources {
  const own = config.contentSecurityPolicy ?? {};
  const giscus = config.comments?.giscus ? [GISCUS_ORIGIN] : [];
  return {
    ...own,
    "script-src": [...(own["script-src"] ?? []), ...giscus],
    "frame-src": [...(own["frame-src"] ?? []), ...giscus],
    "style-src": giscus,
  };
}
