/**
 * Pages that need no React in the browser ship without Gatsby's runtime: a post is text, and
 * the few things a reader can do on it (theme, copy, `/`) are done by src/lib/enhance.ts. That
 * removes ~70 KB of gzipped JavaScript and the hydration that cost 230 ms of blocking time on a
 * throttled phone (Lighthouse, seed post). The markup is unchanged, so links and Head survive.
 */

/** Pages whose React must run in the browser. */
export const INTERACTIVE_PAGES: readonly string[] = ["/search/"];

// Gatsby 5 writes its loader as one inline script, then the runtime between slice markers.
const SCRIPT_LOADER = /<script id="gatsby-script-loader">[\s\S]*?<\/script>/u;
const RUNTIME_SLICE =
  /<!-- slice-start id="_gatsby-scripts-1" -->[\s\S]*?<!-- slice-end id="_gatsby-scripts-1" -->/u;
const RUNTIME_PRELOAD = /<link[^>]*\bas="(?:script|fetch)"[^>]*>/gu;

export function keepsRuntime(pagePath: string): boolean {
  return INTERACTIVE_PAGES.includes(pagePath);
}

const SCRIPT_FILE = /<script[^>]*\bsrc=/u;

/**
 * The page's HTML without Gatsby's runtime scripts. A page a previous build already stripped
 * (a warm build rewrites only what changed) comes back as it is; `null` means the scripts are
 * there but not where this expects them.
 */
export function withoutRuntime(html: string): string | null {
  const hasRuntime = SCRIPT_LOADER.test(html) && RUNTIME_SLICE.test(html);
  if (!hasRuntime) return SCRIPT_FILE.test(html) ? null : html;
  return html
    .replace(SCRIPT_LOADER, "")
    .replace(RUNTIME_SLICE, "")
    .replace(RUNTIME_PRELOAD, "");
}
