import { createRequire } from "node:module";
import vm from "node:vm";
import ts from "typescript";
import { ConfigSourceError } from "../../src/authoring/configSource";

/**
 * The settings a blog.config.ts text holds, found by running it as the build would — whatever
 * site it belongs to, and before it is written, so a changed text is checked as it will be read.
 */
export function evaluateConfig(source: string, file: string): unknown {
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
    },
    fileName: file,
  });
  const module: { exports: Record<string, unknown> } = { exports: {} };
  try {
    vm.runInNewContext(
      outputText,
      { module, exports: module.exports, require: createRequire(file) },
      { filename: file },
    );
  } catch (error) {
    throw new ConfigSourceError(
      `blog.config.ts could not be read: ${String(error)}`,
    );
  }
  return module.exports.blogConfig;
}
