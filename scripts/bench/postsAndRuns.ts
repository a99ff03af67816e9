/**
 * `[posts] [runs]` from a timing script's command line, both whole numbers ≥ 1, or an error
 * that shows `usage`.
 */
export function postsAndRuns(
  argv: readonly string[],
  usage: string,
  defaults: { posts: number; runs: number },
): { posts: number; runs: number } {
  const posts = Number(argv[0] ?? defaults.posts);
  const runs = Number(argv[1] ?? defaults.runs);
  if (
    !Number.isInteger(posts) ||
    posts < 1 ||
    !Number.isInteger(runs) ||
    runs < 1
  )
    throw new Error(`Usage: ${usage} [posts ≥ 1] [runs ≥ 1]`);
  return { posts, runs };
}
