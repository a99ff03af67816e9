import type { BlogConfig } from "../config/blogConfigSchema";
import type { AnalyticsSettings } from "../config/ownerSchemas";
import type { ExtraSources } from "./contentSecurityPolicy";

/** Where giscus serves its script, stylesheet and comment frame from. */
export const GISCUS_ORIGIN = "https://giscus.app";

/** Where an analytics service's script comes from, and where it reports (src/browser/analytics.ts). */
export function analyticsSources(settings: AnalyticsSettings | undefined): {
  script: string[];
  connect: string[];
} {
  if (!settings) return { script: [], connect: [] };
  if (settings.provider === "ga4") {
    // https://developers.google.com/tag-platform/security/guides/csp
    return {
      script: ["https://www.googletagmanager.com"],
      connect: [
        "https://*.google-analytics.com",
        "https://*.analytics.google.com",
        "https://*.googletagmanager.com",
      ],
    };
  }
  const src =
    settings.provider === "plausible"
      ? (settings.src ?? PLAUSIBLE_SCRIPT)
      : settings.src;
  const origin = new URL(src).origin;
  return { script: [origin], connect: [origin] };
}

/** plausible.io's script, when a Plausible setting names no other. */
export const PLAUSIBLE_SCRIPT = "https://plausible.io/js/script.js";

/**
 * The other sites a page may load from: those blog.config.ts lists, and a third party's only
 * when its feature is configured (comments: giscus; analytics: its service).
 */
export function configuredSources(config: BlogConfig): ExtraSources {
  const own = config.contentSecurityPolicy ?? {};
  const giscus = config.comments?.giscus ? [GISCUS_ORIGIN] : [];
  const analytics = analyticsSources(config.analytics);
  return {
    ...own,
    "script-src": [
      ...(own["script-src"] ?? []),
      ...giscus,
      ...analytics.script,
    ],
    "connect-src": [...(own["connect-src"] ?? []), ...analytics.connect],
    "frame-src": [...(own["frame-src"] ?? []), ...giscus],
    "style-src": giscus,
  };
}
