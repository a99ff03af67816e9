/**
 * Where a Gatsby build's seconds go: its `success <phase> - 1.234s` lines, summed by phase
 * (some phases, like "run queries", print more than once), longest first.
 */
export function gatsbyPhases(
  log: string,
): { phase: string; seconds: number }[] {
  const totals = new Map<string, number>();
  for (const [, phase = "", time = ""] of log.matchAll(
    /^success (.+?) - (\d+(?:\.\d+)?)s\b/gmu,
  )) {
    const name = phase.replace(/\s+[-–]\s+\d+\/\d+.*$/u, "").trim();
    totals.set(name, (totals.get(name) ?? 0) + Number(time));
  }
  return [...totals]
    .map(([phase, seconds]) => ({ phase, seconds }))
    .sort((a, b) => b.seconds - a.seconds);
}
