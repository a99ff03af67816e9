import type { DevelopResult } from "../../../../scripts/bench/develop/benchDevelop";
import {
  developFailures,
  developTable,
} from "../../../../scripts/bench/develop/developTable";

const run = (
  site: DevelopResult["site"],
  readySeconds: number | null,
  saves: number[],
  failure: string | null = null,
): DevelopResult => ({ site, posts: 1000, readySeconds, saves, failure });

describe("the develop table", () => {
  test("start and saves for each site, with this blog's ratios to the bare site", () => {
    const lines = developTable([
      run("ours", 30, [1.2, 0.8, 1.0]),
      run("bare", 20, [0.4, 0.5, 0.6]),
    ]).split("\n");
    expect(lines[2]).toBe(
      "| 1,000 | this blog | 30.0 | 1.00 | 0.80–1.20 | 3 | 1.50×, 2.00× |",
    );
    expect(lines[3]).toBe(
      "| 1,000 | bare Gatsby | 20.0 | 0.50 | 0.40–0.60 | 3 |  |",
    );
  });

  test("a develop that never answered is a failure, named with its log", () => {
    const failed = run(
      "bare",
      null,
      [],
      "bare at 1000 posts: timed out; log: /tmp/x.log",
    );
    const lines = developTable([run("ours", 30, [1]), failed]).split("\n");
    expect(lines[3]).toBe("| 1,000 | bare Gatsby | failed | – | – | 0 |  |");
    expect(lines[2]).toContain("| 30.0 | 1.00 | 1.00–1.00 | 1 | –, – |");
    expect(developFailures([failed])).toEqual([
      "- bare at 1000 posts: timed out; log: /tmp/x.log",
    ]);
  });

  test("saves that stopped part way say so", () => {
    const lines = developTable([
      run("ours", 30, [1, 2], "save 3 timed out"),
    ]).split("\n");
    expect(lines[2]).toContain("| 2 (then failed) |");
  });
});
