import { createRequire } from "node:module";
import vm from "node:vm";
import ts from "typescript";

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
  vm.runInNewContext(
    outputText,
    { module, exports: module.exports, require: createRequire(file) },
    { filename: file },
  );
  // The settings are plain data; a JSON copy gives them this realm's Object and Array, which
  // zod's checks of a plain object expect.
  return JSON.parse(JSON.stringify(module.exports.blogConfig ?? null));
}
