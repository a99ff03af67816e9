import { parseBenchArgs } from "../../scripts/bench/benchArgs";
import {
  buildTable,
  ratioTable,
  weightTable,
  type SiteResult,
} from "../../scripts/bench/benchTable";
import { gatsbyPhases } from "../../scripts/bench/gatsbyPhases";

const MB = 2 ** 20;
const measured = (
  wallSeconds: number,
  cpuSeconds: number,
  peakMb: number,
  pages = 1010,
) => ({
  wallSeconds,
  cpuSeconds,
  peakRssBytes: peakMb * MB,
  pages,
});
const sizes = (raw: number, gzip: number, count: number) => ({
  raw: raw * 1024,
  gzip: gzip * 1024,
  count,
});
const weight = {
  html: sizes(40, 12, 1),
  js: sizes(3.5, 1.7, 3),
  css: sizes(6.5, 2.2, 2),
};
const results: SiteResult[] = [
  {
    site: "ours",
    posts: 1000,
    cold: measured(50, 80, 1500),
    warm: measured(17, 20, 900),
    weights: { post: weight },
  },
  {
    site: "bare",
    posts: 1000,
    cold: measured(57, 90, 1000),
    warm: measured(20, 25, 800),
    weights: {},
  },
  {
    site: "hugo",
    posts: 1000,
    cold: measured(4, 6, 300),
    warm: measured(4, 6, 300),
    weights: {},
  },
];

describe("the bench's tables", () => {
  test("one row per site and size, in seconds, MB and pages per second", () => {
    const lines = buildTable(results).split("\n");
    expect(lines).toHaveLength(5);
    expect(lines[2]).toBe(
      "| 1,000 | this blog | 1010 | 50.0 | 80.0 | 1500 | 20 | 17.0 | 20.0 | 900 |",
    );
    expect(lines[4]).toContain("| Hugo |");
  });

  test("ratios of this blog to the bare Gatsby site and to Hugo", () => {
    const lines = ratioTable(results).split("\n");
    expect(lines[2]).toBe(
      "| 1,000 | ours/bare | 0.88× | 0.89× | 0.85× | 1.50× |",
    );
    expect(lines[3]).toBe(
      "| 1,000 | ours/Hugo | 12.50× | 13.33× | 4.25× | 5.00× |",
    );
  });

  test("no ratio row for a yardstick that was skipped", () => {
    expect(ratioTable(results.slice(0, 1)).split("\n")).toHaveLength(2);
  });

  test("page weight in KB, raw / gzip and the number of files and blocks", () => {
    expect(weightTable(results)).toContain(
      "| this blog | post | 40.0 / 12.0 | 3.5 / 1.7 (3) | 6.5 / 2.2 (2) |",
    );
  });
});

describe("the bench's options", () => {
  test("default to 100, 1,000 and 10,000 posts with both yardsticks, develop and photos", () => {
    expect(parseBenchArgs([])).toEqual({
      sizes: [100, 1000, 10000],
      skipHugo: false,
      skipBare: false,
      skipOurs: false,
      skipDevelop: false,
      saves: 5,
      photos: 10,
      docs: false,
      keep: false,
    });
  });

  test("no photos by default in a quick run under 100 posts, as in CI", () => {
    expect(parseBenchArgs(["--sizes", "20"]).photos).toBe(0);
    expect(parseBenchArgs(["--sizes", "20,100"]).photos).toBe(10);
    expect(parseBenchArgs(["--sizes", "20", "--photos", "4"]).photos).toBe(4);
    expect(parseBenchArgs(["--photos=0"]).photos).toBe(0);
  });

  test("take the number of saves and a skip of develop", () => {
    expect(parseBenchArgs(["--saves", "3", "--skip-develop"])).toMatchObject({
      saves: 3,
      skipDevelop: true,
    });
    expect(() => parseBenchArgs(["--saves", "0"])).toThrow(
      /--saves: "0" — expected a whole number of 1 or more/u,
    );
    expect(() => parseBenchArgs(["--photos", "some"])).toThrow(
      /--photos: "some".*\n.*npm run bench/u,
    );
  });

  test("take sizes in either form and the skips", () => {
    expect(parseBenchArgs(["--sizes", "20,100", "--skip-hugo"])).toMatchObject({
      sizes: [20, 100],
      skipHugo: true,
    });
    expect(
      parseBenchArgs(["--sizes=1_000", "--skip-bare", "--skip-ours"]),
    ).toMatchObject({
      skipOurs: true,
      sizes: [1000],
      skipBare: true,
    });
  });

  test("refuse what they do not know, with the usage line", () => {
    expect(() => parseBenchArgs(["--sizes", "lots"])).toThrow(
      /--sizes: "lots".*\n.*npm run bench/u,
    );
    expect(() => parseBenchArgs(["--fast"])).toThrow(
      /Unknown option "--fast"/u,
    );
  });
});

describe("where a Gatsby build's seconds go", () => {
  test("sums Gatsby's success lines by phase, longest first", () => {
    const log = [
      "success load plugins - 0.512s",
      "success run queries in workers - 20.100s - 1010/1010 50.25/s",
      "success Building static HTML for pages - 30.000s - 1010/1010 33.67/s",
      "success run queries in workers - 4.000s - 2/2 0.50/s",
      "info Static pages: 1009 pages ship without the React runtime",
    ].join("\n");
    expect(gatsbyPhases(log)).toEqual([
      { phase: "Building static HTML for pages", seconds: 30 },
      { phase: "run queries in workers", seconds: 24.1 },
      { phase: "load plugins", seconds: 0.512 },
    ]);
  });
});
