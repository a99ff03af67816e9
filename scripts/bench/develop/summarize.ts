/** Median and range of a few timings; the median of an even count is the mean of the middle two. */
export function summarize(
  values: readonly number[],
): { median: number; min: number; max: number } | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median = Number.isInteger(mid)
    ? ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
    : (sorted[Math.floor(mid)] ?? 0);
  return { median, min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0 };
}
