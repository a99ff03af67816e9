import { pathKey } from "./paths";
import { showValue, type Problem } from "../content/problems";
import { termField, type TermKind } from "../content/postSchema";
import { termSpellings } from "./termSpellings";
import type { GeneratedPath, SourcePost } from "./types";

/**
 * Posts whose paths would write to one folder, or to a folder the site itself generates. Every
 * file involved gets its own line naming the others, so whichever the author opens first says it.
 */
export function findPathCollisions(
  posts: readonly SourcePost[],
  generated: readonly GeneratedPath[],
): Problem[] {
  const generatedByKey = new Map(generated.map((g) => [pathKey(g.path), g]));
  const postsByKey = new Map<string, SourcePost[]>();
  const problems: Problem[] = [];
  for (const source of posts) {
    const key = pathKey(source.post.url);
    const taken = generatedByKey.get(key);
    if (taken) {
      problems.push({
        file: source.file,
        field: "path",
        value: showValue(source.post.url),
        expected: `a path the site does not generate itself — ${taken.path} is ${taken.description}`,
      });
      continue;
    }
    postsByKey.set(key, [...(postsByKey.get(key) ?? []), source]);
  }
  for (const group of postsByKey.values()) {
    if (group.length < 2) continue;
    for (const source of group) {
      const others = group
        .filter((other) => other !== source)
        .map((other) => `${other.file} (${showValue(other.post.url)})`)
        .join(", ");
      problems.push({
        file: source.file,
        field: "path",
        value: showValue(source.post.url),
        expected: `a path no other post has — ${others} differs only in letter case, Unicode form or trailing slash, and one page would overwrite the other`,
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
