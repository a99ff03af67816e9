/**
 * What `npm run screenshots` pictures: every page in both themes at both widths, one file each.
 * Kept apart from the browser code so the list and the file names can be tested without one.
 */

export type Theme = "light" | "dark";

export interface ShotPage {
  /** The first part of the file name: `home`, `post`, `search`. */
  name: string;
  /** The path as a reader types it, Hangul and all; encoded (`encodeURI`) only when visited. */
  path: string;
  /** A page that fills itself in after loading, done when this text shows in its role="status". */
  readyStatus?: RegExp;
}

export interface Viewport {
  width: number;
  height: number;
  /** Phones draw at twice the CSS pixels; a 1× phone picture looks blurrier than any phone. */
  deviceScaleFactor: number;
  /**
   * The picture stops here (CSS pixels): enough of a page to see its kind — the post's table and
   * code, a few results — without a README turning into a long scroll.
   */
  maxHeight: number;
}

export interface Shot {
  page: ShotPage;
  theme: Theme;
  viewport: Viewport;
  /** e.g. `home-light-1280.png`, under docs/screenshots/. */
  file: string;
}

/** A Korean query that finds several of the sample posts. */
export const SEARCH_QUERY = "메모";

export const SHOT_PAGES: readonly ShotPage[] = [
  { name: "home", path: "/" },
  // The sample post with both a GFM table and a highlighted code block, near its top.
  { name: "post", path: "/2024-03-10-서버리스-이미지-리사이즈/" },
  {
    name: "search",
    path: `/search/?q=${SEARCH_QUERY}`,
    readyStatus: /글 \d+개/u,
  },
];

export const THEMES: readonly Theme[] = ["light", "dark"];

export const VIEWPORTS: readonly Viewport[] = [
  { width: 360, height: 800, deviceScaleFactor: 2, maxHeight: 1600 },
  { width: 1280, height: 800, deviceScaleFactor: 1, maxHeight: 1000 },
];

export const shotFile = (page: string, theme: Theme, width: number): string =>
  `${page}-${theme}-${width}.png`;

/** Pages × themes × widths, in that order. */
export function shotList(
  pages: readonly ShotPage[] = SHOT_PAGES,
  themes: readonly Theme[] = THEMES,
  viewports: readonly Viewport[] = VIEWPORTS,
): Shot[] {
  return pages.flatMap((page) =>
    themes.flatMap((theme) =>
      viewports.map((viewport) => ({
        page,
        theme,
        viewport,
        file: shotFile(page.name, theme, viewport.width),
      })),
    ),
  );
}
