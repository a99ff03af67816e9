import matter from "gray-matter";
import { CORE_SCHEMA, load, YAMLException } from "js-yaml";
import { excerpt } from "./excerpt";
import { validateFrontmatter, type Frontmatter } from "./frontmatter";
import { markdownToText } from "./markdownText";
import {
  categoryPath,
  pathKey,
  seriesPath,
  tagPath,
  termSlug,
} from "../site/paths";
import { showValue, type Problem } from "./problems";
import type { PostFields, Term } from "./postSchema";
import { readingMinutes } from "./readingTime";

export type ReadPostResult =
  { ok: true; post: PostFields } | { ok: false; problems: Problem[] };

/**
 * YAML 1.2 core schema: dates stay the strings the author typed (js-yaml's default schema turns
 * `2019-04-17` into a UTC Date and loses a `+09:00` offset), and `yes`/`no` stay text.
 */
export function parseFrontmatterYaml(text: string): unknown {
  return load(text, { schema: CORE_SCHEMA });
}

/**
 * The same parser for gatsby-transformer-remark, which would otherwise stop the whole build at
 * the first YAML error. The post is then reported, with every other bad post, by `readPost`.
 */
export function parseFrontmatterYamlLeniently(text: string): object {
  try {
    const data = parseFrontmatterYaml(text);
    return typeof data === "object" && data !== null ? data : {};
  } catch {
    return {};
  }
}

const termOf = (name: string, url: (name: string) => string): Term => ({
  name,
  slug: termSlug(name),
  url: url(name),
});

export function toPostFields(
  frontmatter: Frontmatter,
  body: string,
): PostFields {
  const text = markdownToText(body);
  // What is left after the fields the build derives from are the ones stored as written
  // (`storedAsWritten` in src/content/frontmatter.ts): title, draft, and any new such field.
  const {
    path,
    aliases,
    type,
    date,
    updated,
    category,
    tags,
    series,
    description,
    ...asWritten
  } = frontmatter;
  return {
    ...asWritten,
    url: path,
    // One spelling of an old path is enough; two that differ in case are still one folder.
    aliases: aliases.filter(
      (alias, i) =>
        aliases.findIndex((other) => pathKey(other) === pathKey(alias)) === i,
    ),
    kind: type,
    date: date.date,
    timestamp: date.timestamp,
    updated: updated?.date ?? null,
    category: category === undefined ? null : termOf(category, categoryPath),
    tags: [...new Set(tags)].map((name) => termOf(name, tagPath)),
    series: series === undefined ? null : termOf(series, seriesPath),
    description: description ?? null,
    excerpt: excerpt(text),
    readingMinutes: readingMinutes(text, asWritten.lang),
  };
}

function yamlProblem(
  error: YAMLException,
  file: string,
  source: string,
): Problem {
  // The block gray-matter hands over starts at the end of the opening `---` line, so js-yaml's
  // 0-based line number is the file's 1-based one.
  const line = error.mark.line + 1;
  const lineText = source.split(/\r?\n/u)[line - 1]?.trim() ?? "";
  return {
    file,
    field: "frontmatter",
    value: showValue(lineText),
    expected: `valid YAML (line ${line}: ${error.reason}); quote a value that contains ": " or starts with [ { & * ! | > ' " % @ or a backtick`,
  };
}

const ignore = () => ({});
const NO_ENGINES = {
  yaml: ignore,
  js: ignore,
  javascript: ignore,
  json: ignore,
};

/**
 * The frontmatter block and the body, as gray-matter splits them. gray-matter also copies the
 * whole file into a Buffer and looks it up in its cache on every call, about an eighth of
 * readPost's time, so the usual opening (`---` and a newline) is split here the way gray-matter
 * 4 does it. Any other start (a BOM, `---yaml`, no block) still goes to gray-matter.
 */
function splitFrontmatter(source: string): { block: string; body: string } {
  if (!source.startsWith("---\n") && !source.startsWith("---\r\n")) {
    // Only finding the block; parsing it in readPost keeps the YAML error to report. The
    // engines are stubs so that a `---js` block is never run as code, and an empty file, for
    // which gray-matter finds no block at all, is read as one with empty frontmatter.
    const { matter: block, content: body } = matter(source, {
      engines: NO_ENGINES,
    });
    return { block: block ?? "", body };
  }
  const rest = source.slice("---".length);
  const close = rest.indexOf("\n---");
  if (close === -1) return { block: rest, body: "" };
  let body = rest.slice(close + "\n---".length);
  if (body.startsWith("\r")) body = body.slice(1);
  if (body.startsWith("\n")) body = body.slice(1);
  return { block: rest.slice(0, close), body };
}

/** A markdown file's body: what follows its frontmatter, as gatsby-transformer-remark has it. */
export function markdownBody(source: string): string {
  return splitFrontmatter(source).body;
}

/** Reads one markdown file's frontmatter into `PostFields`, or the problems that stop it. */
export function readPost(
  source: string,
  file: string,
  timeZone: string,
): ReadPostResult {
  const { block, body } = splitFrontmatter(source);
  let data: unknown = {};
  try {
    if (block.trim() !== "") data = parseFrontmatterYaml(block);
  } catch (error) {
    if (error instanceof YAMLException) {
      return { ok: false, problems: [yamlProblem(error, file, source)] };
    }
    throw error;
  }
  const result = validateFrontmatter(data, file, timeZone);
  return result.ok
    ? { ok: true, post: toPostFields(result.frontmatter, body) }
    : result;
}
