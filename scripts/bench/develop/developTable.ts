import { LABEL, seconds, table } from "../benchTable";
import type { DevelopResult } from "./benchDevelop";
import { summarize } from "./summarize";

const ratio = (a: number | null | undefined, b: number | null | undefined) =>
  a != null && b ? `${(a / b).toFixed(2)}×` : "–";

/**
 * `gatsby develop` for each size and site: the start until the edited post answers, and the
 * saves, median and range; this blog's rows also give both as a ratio to the bare site's.
 */
export function developTable(results: readonly DevelopResult[]): string {
  return table(
    [
      "posts",
      "site",
      "develop ready s",
      "save → page-data s (median)",
      "fastest–slowest s",
      "saves",
      "ours/bare: ready, save",
    ],
    results.map((r) => {
      const saves = summarize(r.saves);
      const bare = results.find(
        (b) => b.posts === r.posts && b.site === "bare",
      );
      const bareSaves = summarize(bare?.saves ?? []);
      return [
        r.posts.toLocaleString("en"),
        LABEL[r.site],
        r.readySeconds === null ? "failed" : seconds(r.readySeconds),
        saves ? seconds(saves.median) : "–",
        saves ? `${seconds(saves.min)}–${seconds(saves.max)}` : "–",
        r.failure && r.readySeconds !== null
          ? `${r.saves.length} (then failed)`
          : String(r.saves.length),
        r.site === "ours" && bare
          ? `${ratio(r.readySeconds, bare.readySeconds)}, ${ratio(saves?.median, bareSaves?.median)}`
          : "",
      ];
    }),
  );
}

/** One line per develop run that did not finish, naming its log. */
export function developFailures(results: readonly DevelopResult[]): string[] {
  return results.flatMap((r) => (r.failure ? [`- ${r.failure}`] : []));
}
