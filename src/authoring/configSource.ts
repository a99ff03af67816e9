import ts from "typescript";

/**
 * Edits values in the text of blog.config.ts the way an owner would by hand: only the changed
 * values' spans are rewritten, so every comment, commented-out setting and other line stays.
 * The TypeScript compiler finds the `blogConfig` object literal; nothing is regenerated.
 * What it writes is laid out as Prettier would (the repository's lint checks the file).
 */

/** A new value at a path of the settings; `undefined` removes the setting. */
export interface ConfigEdit {
  path: readonly string[];
  value: string | boolean | undefined;
}

/** A blog.config.ts this cannot edit, said to its owner in one line. */
export class ConfigSourceError extends Error {}

type Tree = string | boolean | { [key: string]: Tree };

const PRINT_WIDTH = 80;

/** Columns as Prettier counts them: Hangul and other East Asian wide characters take two. */
export function textWidth(text: string): number {
  const wide =
    /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1faff}\u{20000}-\u{3fffd}]/u;
  let width = 0;
  for (const char of text) width += wide.test(char) ? 2 : 1;
  return width;
}

/**
 * A string literal that reads back as `value`: JSON's escaping (quotes, backslashes, control
 * characters), in the quotes Prettier would pick — single when that needs fewer escapes.
 */
export function quote(value: string): string {
  const json = JSON.stringify(value);
  const doubles = value.split('"').length - 1;
  const singles = value.split("'").length - 1;
  if (doubles <= singles) return json;
  const inner = json
    .slice(1, -1)
    .replace(/\\.|'/gu, (m) => (m === '\\"' ? '"' : m === "'" ? "\\'" : m));
  return `'${inner}'`;
}

function renderKey(key: string): string {
  return /^[A-Za-z_$][\w$]*$/u.test(key) ? key : quote(key);
}

function renderValue(value: Tree, indent: string): string {
  if (typeof value === "string") return quote(value);
  if (typeof value === "boolean") return String(value);
  const inner = Object.entries(value)
    .map(([key, v]) => renderProperty(key, v, `${indent}  `))
    .join("\n");
  return `{\n${inner}\n${indent}}`;
}

/** `key: value,` at `indent`; a string too long for the line goes below its key, as Prettier does. */
function renderProperty(key: string, value: Tree, indent: string): string {
  const shown = renderValue(value, indent);
  const line = `${indent}${renderKey(key)}: ${shown},`;
  return typeof value === "string" && textWidth(line) > PRINT_WIDTH
    ? `${indent}${renderKey(key)}:\n${indent}  ${shown},`
    : line;
}

function indentAt(source: string, position: number): string {
  const lineStart = source.lastIndexOf("\n", position - 1) + 1;
  return /^[ \t]*/u.exec(source.slice(lineStart))?.[0] ?? "";
}

function unwrap(node: ts.Expression): ts.Expression {
  return ts.isSatisfiesExpression(node) ||
    ts.isAsExpression(node) ||
    ts.isParenthesizedExpression(node)
    ? unwrap(node.expression)
    : node;
}

function configObject(sourceFile: ts.SourceFile): ts.ObjectLiteralExpression {
  for (const statement of sourceFile.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const init = declaration.initializer && unwrap(declaration.initializer);
      if (
        ts.isIdentifier(declaration.name) &&
        declaration.name.text === "blogConfig" &&
        init &&
        ts.isObjectLiteralExpression(init)
      )
        return init;
    }
  }
  throw new ConfigSourceError(
    "blog.config.ts: no `export const blogConfig = { … }` object to write the settings into",
  );
}

function propertyNamed(
  object: ts.ObjectLiteralExpression,
  key: string,
): ts.PropertyAssignment | undefined {
  return object.properties.find(
    (p): p is ts.PropertyAssignment =>
      ts.isPropertyAssignment(p) &&
      (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) &&
      p.name.text === key,
  );
}

const splice = (source: string, start: number, end: number, text: string) =>
  source.slice(0, start) + text + source.slice(end);

/** The offset just after the comma that follows `node`, if one does. */
function afterComma(source: string, node: ts.Node): number | undefined {
  const match = /^\s*,/u.exec(source.slice(node.getEnd()));
  return match ? node.getEnd() + match[0].length : undefined;
}

function insert(
  source: string,
  object: ts.ObjectLiteralExpression,
  key: string,
  value: Tree,
): string {
  const last = object.properties.at(-1);
  if (!last) {
    const indent = indentAt(source, object.getStart());
    const start = object.getStart() + 1;
    const end = object.getEnd() - 1;
    const kept = source.slice(start, end).trimEnd();
    const property = renderProperty(key, value, `${indent}  `);
    return splice(source, start, end, `${kept}\n${property}\n${indent}`);
  }
  const property = renderProperty(
    key,
    value,
    indentAt(source, last.getStart()),
  );
  const comma = afterComma(source, last);
  return comma === undefined
    ? splice(source, last.getEnd(), last.getEnd(), `,\n${property}`)
    : splice(source, comma, comma, `\n${property}`);
}

function applyEdit(source: string, edit: ConfigEdit): string {
  const file = ts.createSourceFile(
    "blog.config.ts",
    source,
    ts.ScriptTarget.Latest,
    true,
  );
  let object = configObject(file);
  for (const [i, key] of edit.path.entries()) {
    const property = propertyNamed(object, key);
    const rest = edit.path.slice(i + 1);
    if (!property) {
      if (edit.value === undefined) return source;
      const value = rest.reduceRight<Tree>((v, k) => ({ [k]: v }), edit.value);
      return insert(source, object, key, value);
    }
    if (rest.length > 0) {
      const init = unwrap(property.initializer);
      if (!ts.isObjectLiteralExpression(init))
        throw new ConfigSourceError(
          `blog.config.ts: ${edit.path.slice(0, i + 1).join(".")} is not an object literal to write ${rest.join(".")} into`,
        );
      object = init;
      continue;
    }
    if (edit.value === undefined)
      return splice(
        source,
        property.getFullStart(),
        afterComma(source, property) ?? property.getEnd(),
        "",
      );
    const indent = indentAt(source, property.getStart());
    const line = renderProperty(key, edit.value, indent);
    const text = line.slice(indent.length + renderKey(key).length, -1);
    return splice(
      source,
      property.name.getEnd(),
      property.initializer.getEnd(),
      text,
    );
  }
  return source;
}

/** The text of blog.config.ts with each edit made, in order. */
export function editConfigSource(
  source: string,
  edits: readonly ConfigEdit[],
): string {
  return edits.reduce(applyEdit, source);
}
