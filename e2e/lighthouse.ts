import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../scripts/e2e/chromium";
import { startNginx } from "../scripts/e2e/nginxServer";

/**
 * Lighthouse 12.2.3, mobile preset (its default), on the pages readers land on, three runs each;
 * the median of each figure is what counts. Prints a table, saves e2e-report/lighthouse.json and
 * exits 1 naming the page and the figure when a budget is missed.
 */
const PAGES = [
  ["home", "/"],
  ["seed post", "/2019-04-17-AWS-Summit-Seoul-메모/"],
  ["category", "/category/diary/"],
  ["post in a series", "/2024-06-20-hangul-urls/"],
] as const;
const RUNS = 3;
const BUDGET = {
  performance: 0.98,
  accessibility: 1,
  "best-practices": 1,
  seo: 1,
};
const MAX_CLS = 0.01;
const CHROME_FLAGS = ["--headless=new", ...CHROMIUM_FLAGS].join(" ");

interface Run {
  scores: Record<keyof typeof BUDGET, number>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function audit(url: string, output: string): Promise<Run> {
  await promisify(execFile)(
    path.resolve("node_modules/.bin/lighthouse"),
    [
      url,
      "--quiet",
      `--chrome-flags=${CHROME_FLAGS}`,
      "--output=json",
      `--output-path=${output}`,
    ],
    {
      env: {
        ...process.env,
        CHROME_PATH: CHROMIUM_PATH,
      },
    },
  );
  const report = JSON.parse(readFileSync(output, "utf8"));
  const audit = (id: string): number => Number(report.audits[id].numericValue);
  return {
    scores: Object.fromEntries(
      Object.keys(BUDGET).map((key) => [
        key,
        Number(report.categories[key].score),
      ]),
    ) as Run["scores"],
    lcpMs: audit("largest-contentful-paint"),
    tbtMs: audit("total-blocking-time"),
    cls: audit("cumulative-layout-shift"),
  };
}

async function main(): Promise<number> {
  const outDir = path.resolve("e2e-report/lighthouse");
  mkdirSync(outDir, { recursive: true });
  const server = await startNginx(path.resolve("public"));
  const results: Record<string, Run & { runs: Run[] }> = {};
  const failures: string[] = [];
  try {
    for (const [name, pagePath] of PAGES) {
      const runs: Run[] = [];
      for (let i = 1; i <= RUNS; i++) {
        const file = path.join(
          outDir,
          `${name.replace(/\s/gu, "-")}-${i}.json`,
        );
        runs.push(await audit(`${server.origin}${encodeURI(pagePath)}`, file));
      }
      const scores = Object.fromEntries(
        Object.keys(BUDGET).map((key) => [
          key,
          median(runs.map((r) => r.scores[key as keyof typeof BUDGET])),
        ]),
      ) as Run["scores"];
      const result = {
        scores,
        lcpMs: median(runs.map((r) => r.lcpMs)),
        tbtMs: median(runs.map((r) => r.tbtMs)),
        cls: median(runs.map((r) => r.cls)),
        runs,
      };
      results[name] = result;
      for (const [key, minimum] of Object.entries(BUDGET)) {
        const score = scores[key as keyof typeof BUDGET];
        if (score < minimum)
          failures.push(`${name} (${pagePath}): ${key} ${score} < ${minimum}`);
      }
      if (result.cls > MAX_CLS)
        failures.push(`${name} (${pagePath}): CLS ${result.cls} > ${MAX_CLS}`);
    }
  } finally {
    await server.stop();
  }
  console.log(
    `Lighthouse 12.2.3, mobile, median of ${RUNS} runs (reports in e2e-report/lighthouse/)`,
  );
  console.log("page             perf  a11y  best  seo   LCP      TBT     CLS");
  for (const [name, r] of Object.entries(results)) {
    const s = r.scores;
    console.log(
      `${name.padEnd(16)} ${[s.performance, s.accessibility, s["best-practices"], s.seo].map((v) => v.toFixed(2)).join("  ")}  ` +
        `${(r.lcpMs / 1000).toFixed(2)} s  ${Math.round(r.tbtMs)} ms`.padEnd(
          18,
        ) +
        `${r.cls.toFixed(3)}`,
    );
  }
  writeFileSync(
    path.resolve("e2e-report/lighthouse.json"),
    `${JSON.stringify(results, null, 2)}\n`,
  );
  for (const failure of failures)
    console.error(`Lighthouse budget missed: ${failure}`);
  return failures.length ? 1 : 0;
}

void main().then((code) => {
  process.exitCode = code;
});
