import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { GatsbyNode } from "gatsby";
import TerserPlugin from "terser-webpack-plugin";
import type { Compiler } from "webpack";

/** The stylesheets of the browser bundle, by file name (a hash of their content is in it). */
function stylesheetNames(statsFile: string): string[] | null {
  try {
    const stats: unknown = JSON.parse(readFileSync(statsFile, "utf8"));
    const byChunk =
      typeof stats === "object" &&
      stats !== null &&
      "assetsByChunkName" in stats
        ? stats.assetsByChunkName
        : null;
    if (typeof byChunk !== "object" || byChunk === null) return null;
    return Object.values(byChunk)
      .flat()
      .filter((file): file is string => /\.css$/u.test(String(file)))
      .sort();
  } catch {
    return null;
  }
}

/**
 * Gatsby renders a page's HTML again only when the hash of the HTML renderer's chunks changed
 * (getSSRChunkHashes in Gatsby). That hash was wrong both ways here:
 * - webpack hashes a chunk by its modules as it holds them, and the build after a cold one,
 *   reading them from webpack's cache, gave the same renderer (render-page.js byte for byte, its
 *   source map ordered otherwise) another hash: every page was rendered again;
 * - the renderer does not hold the site's stylesheet, which every page inlines from the browser
 *   bundle, so a build after a change to it left every page with the old styles.
 * Each chunk's hash becomes a digest of the JavaScript it emits and the names of the browser
 * bundle's stylesheets (`statsFile`, written just before by Gatsby's browser bundle build): a
 * page is rendered again when its code or the stylesheet changed, and only then.
 */
export class HashRendererByOutput {
  constructor(private readonly statsFile: string) {}

  apply(compiler: Compiler): void {
    compiler.hooks.thisCompilation.tap(
      "HashRendererByOutput",
      (compilation) => {
        compilation.hooks.afterProcessAssets.tap("HashRendererByOutput", () => {
          const stylesheets = stylesheetNames(this.statsFile);
          // Without the browser bundle's names, webpack's own hash is the safer one.
          if (stylesheets === null) return;
          for (const chunk of compilation.chunks) {
            const digest = createHash("sha256").update(stylesheets.join("\n"));
            for (const file of [...chunk.files].sort()) {
              const asset = file.endsWith(".map")
                ? undefined
                : compilation.getAsset(file);
              if (asset)
                digest.update(`\n${file}\n`).update(asset.source.buffer());
            }
            chunk.hash = digest.digest("hex").slice(0, 20);
          }
        });
      },
    );
  }
}

/**
 * The production bundle (which only /search/ loads: src/browser/staticHtml.ts) is minified by
 * esbuild instead of Terser: Terser took seconds on one thread (two cores give Gatsby one
 * minifier worker), esbuild a fraction of one, for a few KB more gzip on that page
 * (docs/benchmarks.md). CSS keeps Gatsby's minifier. The HTML renderer's chunks are hashed by
 * what they emit (HashRendererByOutput).
 */
export const onCreateWebpackConfig: GatsbyNode["onCreateWebpackConfig"] = ({
  stage,
  store,
  getConfig,
  actions,
}) => {
  if (stage === "build-html") {
    const { directory } = store.getState().program;
    actions.setWebpackConfig({
      plugins: [
        new HashRendererByOutput(
          path.join(directory, "public", "webpack.stats.json"),
        ),
      ],
    });
    return;
  }
  if (stage !== "build-javascript") return;
  const config = getConfig();
  const minimizers: unknown[] = config.optimization?.minimizer ?? [];
  config.optimization.minimizer = [
    ...minimizers.filter((plugin) => !(plugin instanceof TerserPlugin)),
    new TerserPlugin({
      minify: TerserPlugin.esbuildMinify,
      exclude: /\.min\.js/u,
      terserOptions: { target: "es2015" },
    }),
  ];
  actions.replaceWebpackConfig(config);
};
