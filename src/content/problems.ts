import { z } from "zod";

/**
 * What is wrong with a post, said to its author: the file, the field, the value, what was
 * expected. The build, `gatsby develop` and the content check all print these same lines.
 */
export const problemSchema = z.object({
  /** Path of the markdown file, relative to the site root, e.g. `content/posts/hello.md`. */
  file: z.string(),
  /** Frontmatter field, or `frontmatter` for the block as a whole. */
  field: z.string(),
  /** The offending value as the author wrote it, already rendered for display. */
  value: z.string(),
  /** What would have been accepted, phrased to follow "expected". */
  expected: z.string(),
});

export type Problem = z.infer<typeof problemSchema>;

const MAX_VALUE_LENGTH = 80;

/** Renders a frontmatter value for a message: strings quoted, a missing field said so. */
export function showValue(value: unknown): string {
  if (value === undefined) return "(missing)";
  let shown: string;
  try {
    shown = JSON.stringify(value) ?? String(value);
  } catch {
    shown = String(value);
  }
  return shown.length > MAX_VALUE_LENGTH
    ? `${shown.slice(0, MAX_VALUE_LENGTH - 1)}…`
    : shown;
}

/** The value at a path in parsed data (a zod issue's path), for the problem to show it. */
export function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}: ${problem.field}: ${problem.value} — expected ${problem.expected}`;
}

/** One report for every problem of a run, by file (a file's own lines keep their order). */
export function formatProblems(problems: readonly Problem[]): string {
  const files = new Set(problems.map((p) => p.file)).size;
  const lines = [...problems]
    .sort((a, b) => a.file.localeCompare(b.file))
    .map(formatProblem);
  const heading = `${problems.length} problem${problems.length === 1 ? "" : "s"} in ${files} post file${files === 1 ? "" : "s"}:`;
  return [heading, ...lines].join("\n");
}

/** What the build lets through but an author may want to tidy: one line each, marked. */
export function formatWarnings(warnings: readonly Problem[]): string {
  const heading = `${warnings.length} warning${warnings.length === 1 ? "" : "s"} (the build goes on):`;
  return [heading, ...warnings.map((w) => `warning ${formatProblem(w)}`)].join(
    "\n",
  );
}
