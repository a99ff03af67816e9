import type { PageWeight, Sizes } from "./pageWeight";

export type SiteName = "ours" | "bare" | "hugo";
export type PageKind = "post" | "home" | "category";

export interface Measured {
  wallSeconds: number;
  cpuSeconds: number;
  peakRssBytes: number;
  /** HTML files in the output: what "pages per second" counts. */
  pages: number;
}

export interface SiteResult {
  site: SiteName;
  posts: number;
  cold: Measured;
  warm: Measured;
  weights: Partial<Record<PageKind, PageWeight>>;
}

export const LABEL: Record<SiteName, string> = {
  ours: "this blog",
  bare: "bare Gatsby",
  hugo: "Hugo",
};

const row = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
export const table = (head: readonly string[], rows: readonly string[][]) =>
  [row(head), row(head.map(() => "---")), ...rows.map(row)].join("\n");

export const seconds = (s: number) => (s < 10 ? s.toFixed(2) : s.toFixed(1));
export const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)}`;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ratio = (a: number | undefined, b: number | undefined) =>
  a !== undefined && b ? `${(a / b).toFixed(2)}×` : "–";

function buildCells(m: Measured): string[] {
  return [seconds(m.wallSeconds), seconds(m.cpuSeconds), mb(m.peakRssBytes)];
}

export function buildTable(results: readonly SiteResult[]): string {
  return table(
    [
      "posts",
      "site",
      "pages",
      "cold wall s",
      "cold CPU s",
      "cold peak MB",
      "pages/s (cold)",
      "warm wall s",
      "warm CPU s",
      "warm peak MB",
    ],
    results.map((r) => [
      r.posts.toLocaleString("en"),
      LABEL[r.site],
      String(r.cold.pages),
      ...buildCells(r.cold).slice(0, 3),
      (r.cold.pages / r.cold.wallSeconds).toFixed(0),
      ...buildCells(r.warm),
    ]),
  );
}

/** ours/bare and ours/Hugo for each size that has them; below 1 means this blog is faster. */
export function ratioTable(results: readonly SiteResult[]): string {
  const sizes = [...new Set(results.map((r) => r.posts))];
  const find = (posts: number, site: SiteName) =>
    results.find((r) => r.posts === posts && r.site === site);
  return table(
    ["posts", "vs", "cold wall", "cold CPU", "warm wall", "peak memory (cold)"],
    sizes.flatMap((posts) => {
      const ours = find(posts, "ours");
      return (["bare", "hugo"] as const).flatMap((other) => {
        const them = find(posts, other);
        if (!ours || !them) return [];
        return [
          [
            posts.toLocaleString("en"),
            `ours/${other === "bare" ? "bare" : "Hugo"}`,
            ratio(ours.cold.wallSeconds, them.cold.wallSeconds),
            ratio(ours.cold.cpuSeconds, them.cold.cpuSeconds),
            ratio(ours.warm.wallSeconds, them.warm.wallSeconds),
            ratio(ours.cold.peakRssBytes, them.cold.peakRssBytes),
          ],
        ];
      });
    }),
  );
}

const sizes = (s: Sizes) =>
  s.count ? `${kb(s.raw)} / ${kb(s.gzip)} (${s.count})` : "0";

/** Page weight at the largest size measured, in KB: raw / gzip (files and inline blocks). */
export function weightTable(results: readonly SiteResult[]): string {
  const largest = Math.max(...results.map((r) => r.posts));
  return table(
    [
      "site",
      "page",
      "HTML KB raw / gzip",
      "JS KB raw / gzip (n)",
      "CSS KB raw / gzip (n)",
    ],
    results
      .filter((r) => r.posts === largest)
      .flatMap((r) =>
        (["post", "home", "category"] as const).flatMap((kind) => {
          const w = r.weights[kind];
          if (!w) return [];
          return [
            [
              LABEL[r.site],
              kind,
              `${kb(w.html.raw)} / ${kb(w.html.gzip)}`,
              sizes(w.js),
              sizes(w.css),
            ],
          ];
        }),
      ),
  );
}
