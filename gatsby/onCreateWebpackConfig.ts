import type { GatsbyNode } from "gatsby";
import TerserPlugin from "terser-webpack-plugin";

/**
 * The production bundle (which only /search/ loads: src/browser/staticHtml.ts) is minified by
 * esbuild instead of Terser: Terser took seconds on one thread (two cores give Gatsby one
 * minifier worker), esbuild a fraction of one, for a few KB more gzip on that page
 * (docs/benchmarks.md). CSS keeps Gatsby's minifier.
 */
export const onCreateWebpackConfig: GatsbyNode["onCreateWebpackConfig"] = ({
  stage,
  getConfig,
  actions,
}) => {
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
