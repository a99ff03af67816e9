import {
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { GatsbyNode } from "gatsby";
import { KATEX_FOLDER } from "../src/site/mathStylesheet";

/** KaTeX's stylesheet lists each font as woff2, woff and ttf; every browser we serve reads woff2. */
const OLDER_FONT_FORMATS =
  /,url\(fonts\/[\w-]+\.(?:woff|ttf)\) format\("(?:woff|truetype)"\)/gu;

/**
 * KaTeX's stylesheet and fonts, served from the site itself (no third-party origin for the
 * Content-Security-Policy to allow, and nothing for a reader's browser to fetch elsewhere).
 * Here, before pages are written, so `gatsby develop` serves them too. Only woff2 is kept.
 */
export function copyKatexAssets(siteDir: string): void {
  // createRequire: Gatsby bundles gatsby-node with Parcel, whose bundle has no require.resolve.
  const katexPackage = createRequire(
    path.join(siteDir, "package.json"),
  ).resolve("katex/package.json");
  const dist = path.join(path.dirname(katexPackage), "dist");
  const publicDir = path.join(siteDir, "public");
  const target = path.join(publicDir, KATEX_FOLDER);
  mkdirSync(path.join(target, "fonts"), { recursive: true });
  const css = readFileSync(path.join(dist, "katex.min.css"), "utf8");
  writeFileSync(
    path.join(target, "katex.min.css"),
    css.replace(OLDER_FONT_FORMATS, ""),
  );
  for (const font of readdirSync(path.join(dist, "fonts")))
    if (font.endsWith(".woff2"))
      copyFileSync(
        path.join(dist, "fonts", font),
        path.join(target, "fonts", font),
      );
}

export const onPostBootstrap: GatsbyNode["onPostBootstrap"] = ({ store }) =>
  copyKatexAssets(store.getState().program.directory);
