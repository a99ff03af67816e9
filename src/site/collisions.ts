import { pathKey } from "./paths";
import { showValue, type Problem } from "../content/problems";
import { termField, type TermKind } from "../content/postSchema";
import { termSpellings } from "./termSpellings";
import type { GeneratedPath, SourcePost } from "./types";

/** A URL a post takes: its own path, or one of its old paths (`aliases`), which redirect. */
interface Claim {
  source: SourcePost;
  field: "path" | "aliases";
  path: string;
}

const claimsOf = (source: SourcePost): Claim[] => [
  { source, field: "path", path: source.post.url },
  ...source.post.aliases.map((path) => ({
    source,
    field: "aliases" as const,
    path,
  })),
];

const named = ({ source, field, path }: Claim): string =>
  field === "path"
    ? `${source.file} (${showValue(path)})`
    : `${source.file} (aliases: ${showValue(path)})`;

/**
 * Posts whose paths or old paths (`aliases`) would write to one folder, or to a folder the site
 * itself generates. Every file involved gets its own line naming the others, so whichever the
 * author opens first says it.
 */
export function findPathCollisions(
  posts: readonly SourcePost[],
  generated: readonly GeneratedPath[],
): Problem[] {
  const generatedByKey = new Map(generated.map((g) => [pathKey(g.path), g]));
  const claimsByKey = new Map<string, Claim[]>();
  const problems: Problem[] = [];
  for (const claim of posts.flatMap(claimsOf)) {
    const key = pathKey(claim.path);
    const taken = generatedByKey.get(key);
    if (taken) {
      problems.push({
        file: claim.source.file,
        field: claim.field,
        value: showValue(claim.path),
        expected: `a path the site does not generate itself — ${taken.path} is ${taken.description}`,
      });
      continue;
    }
    claimsByKey.set(key, [...(claimsByKey.get(key) ?? []), claim]);
  }
  for (const group of claimsByKey.values()) {
    if (group.length < 2) continue;
    // Said as before aliases existed when only posts' own paths meet.
    const what = group.every((c) => c.field === "path")
      ? "a path no other post has"
      : "a path no other post or old path (aliases) has";
    for (const claim of group) {
      const others = group
        .filter((other) => other !== claim)
        .map(named)
        .join(", ");
      problems.push({
        file: claim.source.file,
        field: claim.field,
        value: showValue(claim.path),
        expected: `${what} — ${others} differs only in letter case, Unicode form or trailing slash, and one page would overwrite the other`,
      });
    }
  }
  return problems;
}

/**
 * Category (or tag) names that are different words but share a URL, such as `Dev Ops` and
 * `dev-ops`. Spellings of one word (`AWS`, `aws`) are merged instead (src/site/termSpellings.ts).
 */
export function findTermCollisions(
  posts: readonly SourcePost[],
  kind: TermKind,
): Problem[] {
  const field = termField(kind);
  return termSpellings(posts, kind).clashes.flatMap(({ url, names }) =>
    names.map(({ name, file }) => ({
      file,
      field,
      value: showValue(name),
      expected: `one spelling per ${kind} — ${names
        .filter((other) => other.name !== name)
        .map((other) => `${showValue(other.name)} in ${other.file}`)
        .join(", ")} has the same URL ${url}`,
    })),
  );
}
