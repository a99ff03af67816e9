import path from "node:path";
import { buildSync } from "esbuild";

/**
 * A worker thread's code: its entry in gatsby/ and what it imports, bundled by esbuild, because
 * Gatsby compiles gatsby-node's TypeScript into one file a thread cannot start. Bundled once a
 * process (develop starts the search index's worker on every save). `external` packages are
 * left to the thread's own require: native ones (sharp) and those that load files beside them.
 */
const bundles = new Map<string, string>();

export function workerSource(entry: string, external: string[] = []): string {
  let code = bundles.get(entry);
  if (code === undefined) {
    code =
      buildSync({
        entryPoints: [path.resolve("gatsby", entry)],
        bundle: true,
        platform: "node",
        target: "node20",
        format: "cjs",
        write: false,
        logLevel: "silent",
        external,
      }).outputFiles[0]?.text ?? "";
    bundles.set(entry, code);
  }
  return code;
}
