import { isExecutableType, scriptHash } from "./contentSecurityPolicy";

/**
 * The policy of a page already written to public/, for the pages that keep Gatsby's runtime:
 * on a build with a cache, Gatsby rewrites the compilation hash inside their inline scripts
 * without rendering them again ("Rewriting compilation hashes"), which would leave their
 * policy naming scripts the page no longer holds. Their scripts are all the site's own (the
 * page is our React, no author markdown), so every inline one in the file is hashed.
 */

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/giu;
const attribute = (attributes: string, name: string): string | undefined => {
  const match = new RegExp(
    `\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`,
    "iu",
  ).exec(attributes);
  return match ? (match[1] ?? match[2] ?? match[3] ?? "") : undefined;
};

/** The text of each inline, executable `<script>` in an HTML document. */
export function inlineScriptsInHtml(html: string): string[] {
  return [...html.matchAll(SCRIPT)]
    .filter(
      ([, attributes = ""]) =>
        attribute(attributes, "src") === undefined &&
        isExecutableType(attribute(attributes, "type")),
    )
    .map(([, , text = ""]) => text);
}

const POLICY_META =
  /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/iu;

/** React's escaping of an attribute value, so the rewritten tag is what React would write. */
const escapeAttribute = (value: string) =>
  value
    .replace(/&/gu, "&amp;")
    .replace(/"/gu, "&quot;")
    .replace(/'/gu, "&#x27;")
    .replace(/</gu, "&lt;")
    .replace(/>/gu, "&gt;");

const unescapeAttribute = (value: string) =>
  value
    .replace(/&#x27;|&#39;/gu, "'")
    .replace(/&quot;/gu, '"')
    .replace(/&lt;/gu, "<")
    .replace(/&gt;/gu, ">")
    .replace(/&amp;/gu, "&");

/** The policy the page's meta tag states, or null when it has none. */
export function policyOf(html: string): string | null {
  const match = POLICY_META.exec(html);
  return match ? unescapeAttribute(match[2] ?? "") : null;
}

/** The hashes a policy's script-src allows. */
export function allowedScriptHashes(policy: string): Set<string> {
  const scriptSrc = policy
    .split(";")
    .map((d) => d.trim().split(/\s+/u))
    .find(([name]) => name === "script-src");
  return new Set(
    (scriptSrc ?? []).filter((source) => source.startsWith("'sha256-")),
  );
}

/**
 * The page with its policy's script hashes made those of the scripts it holds now, or null
 * when nothing needs to change (or the page has no policy to update).
 */
export function refreshedPolicy(html: string): string | null {
  const policy = policyOf(html);
  if (policy === null) return null;
  const hashes = new Set(inlineScriptsInHtml(html).map(scriptHash));
  const allowed = allowedScriptHashes(policy);
  if (hashes.size === allowed.size && [...hashes].every((h) => allowed.has(h)))
    return null;
  const updated = policy
    .split("; ")
    .map((directive) =>
      directive.startsWith("script-src ")
        ? [
            ...directive.split(" ").filter((s) => !s.startsWith("'sha256-")),
            ...[...hashes].sort(),
          ].join(" ")
        : directive,
    )
    .join("; ");
  return html.replace(
    POLICY_META,
    (_, open: string, _old: string, close: string) =>
      `${open}${escapeAttribute(updated)}${close}`,
  );
}
