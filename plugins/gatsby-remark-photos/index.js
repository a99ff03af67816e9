/**
 * The photos beside a post (JPEG, PNG, WebP) as `<picture>`s sized for the text column, encoded
 * once into a cache that `gatsby clean` keeps: gatsby/photos/, with the pure parts in src/photos/.
 * Gatsby loads a sub-plugin as it is, and Node cannot load
 * TypeScript here, so that code is bundled by esbuild the first time a post needs it, as
 * gatsby/workerBundle.ts bundles the worker threads' code.
 */
const path = require("node:path");
const Module = require("node:module");

let loaded = null;

function photos() {
  if (loaded) return loaded;
  const { buildSync } = require("esbuild");
  const gatsbyDir = path.resolve(__dirname, "..", "..", "gatsby", "photos");
  const code =
    buildSync({
      stdin: {
        contents: `export { photosInMarkdown } from "./photosInMarkdown";
          export { photoSummary } from "./photoCache";`,
        resolveDir: gatsbyDir,
        loader: "ts",
      },
      bundle: true,
      platform: "node",
      target: "node20",
      format: "cjs",
      write: false,
      logLevel: "silent",
      // sharp is native; the site's own copy is required at run time.
      external: ["sharp", "gatsby"],
    }).outputFiles[0]?.text ?? "";
  const filename = path.join(gatsbyDir, "photos.bundle.js");
  const bundle = new Module(filename, module);
  bundle.filename = filename;
  bundle.paths = Module._nodeModulePaths(gatsbyDir);
  bundle._compile(code, filename);
  loaded = bundle.exports;
  return loaded;
}

module.exports = (args) => photos().photosInMarkdown(args);
module.exports.photos = photos;
