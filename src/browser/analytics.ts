import type { AnalyticsSettings } from "../config/ownerSchemas";
import { PLAUSIBLE_SCRIPT } from "../security/configuredSources";

/** What a page loads for its analytics service: one script, its data attributes, GA4's ID. */
export interface AnalyticsLoad {
  src: string;
  data: Record<string, string>;
  /** GA4 is configured through gtag() before its script arrives. */
  gtagId?: string;
}

/** The script blog.config.ts's `analytics` names (built at render time, not in the browser). */
export function analyticsLoad(settings: AnalyticsSettings): AnalyticsLoad {
  if (settings.provider === "ga4") {
    return {
      src: `https://www.googletagmanager.com/gtag/js?id=${encodeURIComponent(settings.measurementId)}`,
      data: {},
      gtagId: settings.measurementId,
    };
  }
  if (settings.provider === "plausible") {
    return {
      src: settings.src ?? PLAUSIBLE_SCRIPT,
      data: { domain: settings.domain },
    };
  }
  return { src: settings.src, data: { "website-id": settings.websiteId } };
}

/**
 * The analytics service, on production pages only (gatsby-ssr.tsx inlines this only then and
 * only when one is configured). Nothing is fetched until the page has loaded and the browser is
 * idle, so the service never competes with what the reader came for. Serialized like
 * enhance.ts: self-contained, its settings passed in.
 */
export function loadAnalytics(load: AnalyticsLoad): void {
  const win = window as Window & {
    dataLayer?: unknown[];
    gtag?: (...args: unknown[]) => void;
  };
  const start = () => {
    if (load.gtagId) {
      win.dataLayer = win.dataLayer ?? [];
      win.gtag = function gtag() {
        // gtag.js reads the arguments objects themselves, not arrays made of them.
        // eslint-disable-next-line prefer-rest-params
        win.dataLayer?.push(arguments);
      };
      win.gtag("js", new Date());
      win.gtag("config", load.gtagId);
    }
    const script = document.createElement("script");
    script.src = load.src;
    script.async = true;
    for (const [key, value] of Object.entries(load.data))
      script.setAttribute(`data-${key}`, value);
    document.head.appendChild(script);
  };
  const whenIdle = () => {
    if ("requestIdleCallback" in win)
      win.requestIdleCallback(start, { timeout: 5000 });
    else setTimeout(start, 1);
  };
  if (document.readyState === "complete") whenIdle();
  else win.addEventListener("load", whenIdle, { once: true });
}
