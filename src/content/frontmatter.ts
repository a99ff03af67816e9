import { z } from "zod";
import { parsePostDate, type PostDate } from "./dates";
import { normalizePostPath, postPathProblem, termSlug } from "../site/paths";
import { showValue, valueAt, type Problem } from "./problems";

/**
 * The post frontmatter contract, declared once. It rejects bad posts (every problem of a file
 * at once, each phrased as what was expected) and supplies the `Frontmatter` type.
 */

const DATE_EXPECTED =
  "a real calendar date as YYYY-MM-DD (2019-04-17) or ISO 8601 with an offset (2019-04-17T09:30:00+09:00)";

/** YAML reads `title: 1984` as a number; an author meant the text. */
const scalarText = (expected: string) =>
  z
    .custom<string | number>(
      (v) => typeof v === "string" || typeof v === "number",
      {
        error: expected,
      },
    )
    .transform((v) => String(v).normalize("NFC").trim());

const nonEmptyText = (expected: string) =>
  scalarText(expected).refine((v) => v.length > 0, { error: expected });

/** A category or tag name: non-empty, and with something a URL slug can be made of. */
const termName = (expected: string) =>
  nonEmptyText(expected).refine((v) => termSlug(v) !== "", {
    error: "a name with at least one letter or digit (it becomes the URL)",
  });

const postDate = (timeZone: string) =>
  z
    .custom<string>((v) => typeof v === "string", { error: DATE_EXPECTED })
    .transform((v, ctx): PostDate => {
      const parsed = parsePostDate(v, timeZone);
      if (parsed) return parsed;
      ctx.addIssue({ code: "custom", message: DATE_EXPECTED });
      return z.NEVER;
    });

const IMAGE_EXPECTED =
  "an image for link previews beside the post (./cover.jpg) or in static/ (/images/cover.png): .jpg, .jpeg, .png, .webp or .gif";

/** `image`: a path, relative to the post's file or (starting with /) to static/. */
const previewImageRef = z
  .custom<string>((v) => typeof v === "string", { error: IMAGE_EXPECTED })
  .transform((v) => v.normalize("NFC").trim())
  .refine(
    (v) =>
      !/^[a-z][a-z0-9+.-]*:|^\/\/|[?#]/iu.test(v) &&
      /\.(jpe?g|png|webp|gif)$/iu.test(v),
    { error: IMAGE_EXPECTED },
  );

/** An empty YAML value (`tags:`) reads as null; for optional fields that means "not given". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === null ? undefined : v), schema.optional());

/**
 * Fields stored as the author wrote them (after their rule), under the same name: the stored
 * post (src/content/postSchema.ts) takes each rule's output as its type, and GraphQL's type is
 * written from it. A new field of that kind is one line here, plus a line in the query of the
 * template that shows it. A rule that transforms ends with `.pipe(<the stored type>)`, so its
 * type is known without running it; stored values pass the rule again unchanged.
 */
export const storedAsWritten = {
  title: nonEmptyText("non-empty text").pipe(z.string()),
  draft: optional(z.boolean({ error: "true or false" }))
    .transform((v) => v ?? false)
    .pipe(z.boolean()),
  /** The picture link previews show instead of the generated card (src/authoring/previewImage.ts). */
  image: optional(previewImageRef)
    .transform((v) => v ?? null)
    .pipe(z.string().nullable()),
  /** The post's language when it is not the site's: its page's `lang`, date and reading time. */
  lang: optional(z.enum(["ko", "en"], { error: "ko or en" }))
    .transform((v) => v ?? null)
    .pipe(z.enum(["ko", "en"]).nullable()),
};

/** A URL path of the site: NFC, checked like every path, with the trailing slash pages have. */
const urlPath = (expected: string) =>
  z
    .custom<string>((v) => typeof v === "string", { error: expected })
    .transform((v) => v.normalize("NFC").trim())
    .superRefine((v, ctx) => {
      const problem = postPathProblem(v);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    })
    .transform(normalizePostPath);

/** Title first, as authors write it; the others stored as written last. */
const { title, ...laterStoredAsWritten } = storedAsWritten;

export const createFrontmatterSchema = (timeZone: string) =>
  z.object(
    {
      title,
      path: urlPath("a URL path that starts with /, e.g. /2019-04-17-my-post"),
      /** Old paths of the post, after a rename: each sends the reader on to `path`. */
      aliases: optional(
        // One old path may be written without the brackets.
        z.preprocess(
          (v) => (typeof v === "string" ? [v] : v),
          z.array(
            urlPath("an old URL path that starts with /, e.g. /2018/12/old-post"),
            {
              error:
                "a list of the post's old URL paths, e.g. [/옛날-주소, /2018/12/old-post]",
            },
          ),
        ),
      ).transform((v) => v ?? []),
      type: optional(
        z.enum(["post", "page"], { error: "post or page" }),
      ).transform((v) => v ?? "post"),
      category: optional(termName("a non-empty category name")),
      /** The series the post belongs to: its page lists them in date order. */
      series: optional(termName("a non-empty series name")),
      date: postDate(timeZone),
      tags: optional(
        z.array(termName("a non-empty tag"), {
          error: "a list of tags, e.g. [AWS, 서버리스] or one `- tag` per line",
        }),
      ).transform((v) => v ?? []),
      description: optional(scalarText("text")).transform(
        (v) => v || undefined,
      ),
      updated: optional(postDate(timeZone)),
      ...laterStoredAsWritten,
    },
    {
      error:
        "a block of `field: value` lines between two --- lines at the top of the file",
    },
  );

export type Frontmatter = z.output<ReturnType<typeof createFrontmatterSchema>>;

export type FrontmatterResult =
  { ok: true; frontmatter: Frontmatter } | { ok: false; problems: Problem[] };

const isMapping = (data: unknown): data is Record<string, unknown> =>
  typeof data === "object" && data !== null && !Array.isArray(data);

function fieldName(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return "frontmatter";
  return path
    .map((key, i) =>
      typeof key === "number" ? `[${key}]` : `${i ? "." : ""}${String(key)}`,
    )
    .join("");
}

/**
 * The part of an issue's path the author wrote: a field given one value where a list is
 * allowed (`aliases: /old`) is checked as a list of one, but said as the field itself.
 */
function writtenPath(
  data: unknown,
  path: ReadonlyArray<PropertyKey>,
): ReadonlyArray<PropertyKey> {
  const end = path.findIndex(
    (_, i) => i > 0 && typeof valueAt(data, path.slice(0, i)) !== "object",
  );
  return end === -1 ? path : path.slice(0, end);
}

const schemas = new Map<string, ReturnType<typeof createFrontmatterSchema>>();

/** Checks parsed frontmatter data; on failure lists every problem, one per field. */
export function validateFrontmatter(
  data: unknown,
  file: string,
  timeZone: string,
): FrontmatterResult {
  let schema = schemas.get(timeZone);
  if (!schema) {
    schema = createFrontmatterSchema(timeZone);
    schemas.set(timeZone, schema);
  }
  const result = schema.safeParse(data);
  const problems: Problem[] = [];
  // Checked here rather than as a zod refinement: zod skips object refinements once any field
  // has failed, and an author should hear about a missing category in the same run.
  if (
    isMapping(data) &&
    data.type !== "page" &&
    (data.category ?? null) === null
  ) {
    problems.push({
      file,
      field: "category",
      value: showValue(data.category),
      expected: "a category for every post (only type: page may go without)",
    });
  }
  if (result.success) {
    return problems.length
      ? { ok: false, problems }
      : { ok: true, frontmatter: result.data };
  }
  const seen = new Set(problems.map((p) => p.field));
  for (const issue of result.error.issues) {
    const path = writtenPath(data, issue.path);
    const field = fieldName(path);
    // A refinement after a failed check would repeat the field; the first message is the useful one.
    if (seen.has(field)) continue;
    seen.add(field);
    problems.push({
      file,
      field,
      value: showValue(valueAt(data, path)),
      expected: issue.message,
    });
  }
  // In the order the fields are declared, which is the order authors write them in.
  const order = Object.keys(schema.shape);
  const rank = (p: Problem) => order.indexOf(p.field.split(/[.[]/u)[0] ?? "");
  return { ok: false, problems: problems.sort((a, b) => rank(a) - rank(b)) };
}
