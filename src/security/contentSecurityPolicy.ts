import { createHash } from "node:crypto";
import { isValidElement, type ReactNode } from "react";

/**
 * The Content-Security-Policy every page carries in a `<meta http-equiv>` (GitHub Pages cannot
 * send headers). A script runs only if it is one of the site's own files or one of the inline
 * scripts the build itself put on the page, named by hash — so a `<script>` or an `onerror=`
 * in a post's markdown, or anything injected through it, does not run. The headers a meta tag
 * cannot carry (frame-ancestors, HSTS…) are set by the server: deploy/.
 * https://www.w3.org/TR/CSP3/#meta-element
 */

/** Each page repeats the same few inline scripts: each is hashed once a build. */
const hashes = new Map<string, string>();

/** `'sha256-…'` of an inline script's exact text, as CSP compares it. */
export function scriptHash(source: string): string {
  let hash = hashes.get(source);
  if (hash === undefined) {
    hash = `'sha256-${createHash("sha256").update(source, "utf8").digest("base64")}'`;
    hashes.set(source, hash);
  }
  return hash;
}

/**
 * Types script-src governs: scripts a browser runs, and speculation rules (a browser acts on
 * them, so CSP asks for their hash too). Anything else (`application/ld+json`) is data.
 */
const EXECUTABLE = new Set([
  "",
  "text/javascript",
  "application/javascript",
  "module",
  "speculationrules",
]);
export const isExecutableType = (type: unknown): boolean =>
  type === undefined ||
  (typeof type === "string" && EXECUTABLE.has(type.trim().toLowerCase()));

/** The text of each inline script among React elements a page's head or body end holds. */
export function inlineScriptsOf(nodes: readonly ReactNode[]): string[] {
  return nodes.flatMap((node) => {
    if (!isValidElement(node) || node.type !== "script") return [];
    const props = node.props as {
      src?: unknown;
      type?: unknown;
      children?: unknown;
      dangerouslySetInnerHTML?: { __html?: unknown };
    };
    if (props.src !== undefined || !isExecutableType(props.type)) return [];
    const html = props.dangerouslySetInnerHTML?.__html;
    if (typeof html === "string") return [html];
    return typeof props.children === "string" ? [props.children] : [];
  });
}

/** The sources a blog adds, by directive (a comments widget's frames, embedded videos…). */
export type ExtraSources = Partial<
  Record<"frame-src" | "connect-src" | "script-src" | "style-src", string[]>
>;

/**
 * The policy for a page whose inline scripts have these hashes. Styles may be inline: Gatsby
 * inlines the site's CSS and KaTeX sets `style` attributes, and a style cannot run code. Images may come from any https origin, as posts link them.
 */
export function contentSecurityPolicy(
  scriptHashes: Iterable<string>,
  extra: ExtraSources = {},
): string {
  const list = (directive: keyof ExtraSources, own: string[]) =>
    [...new Set([...own, ...(extra[directive] ?? [])])].join(" ");
  const frames = extra["frame-src"] ?? [];
  return [
    "default-src 'self'",
    `script-src ${list("script-src", ["'self'", ...[...scriptHashes].sort()])}`,
    `style-src ${list("style-src", ["'self'", "'unsafe-inline'"])}`,
    "img-src 'self' data: https:",
    "font-src 'self' data:",
    `connect-src ${list("connect-src", ["'self'"])}`,
    "media-src 'self' https:",
    `frame-src ${frames.length > 0 ? [...new Set(frames)].join(" ") : "'none'"}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}
