import { blogConfig } from "../../blog.config";

/** `npm run new-post`'s usage text and the small pieces of reading its arguments. */

export const HELP = `Usage: npm run new-post -- "<title>" [options]

Creates content/posts/<YYYY-MM-DD>-<title words>.md with valid frontmatter: today's date in
${blogConfig.timeZone}, and the path /<YYYY-MM-DD>-<title words joined by ->, Hangul kept.

Options:
  -c, --category <name>  the post's category (asked for, from the existing ones, when omitted)
  -t, --tags <a,b>       comma-separated tags
      --page             a standalone page (type: page): no category, in no listing
      --draft            a draft: shown by npm run develop, left out of npm run build
      --folder           make <name>/index.md, for a post with images beside it
  -h, --help             this text

Example:
  npm run new-post -- "2019 AWS Summit Seoul 메모" --category Diary --tags AWS,클라우드`;

export class UsageError extends Error {}

/**
 * node:util parseArgs rejects unknown options and missing values with ERR_PARSE_ARGS_* codes.
 * Duck-typed: under Jest the error comes from another realm, so `instanceof` would say no.
 */
export function isParseArgsError(error: unknown): error is { message: string } {
  return (
    typeof error === "object" &&
    error !== null &&
    "message" in error &&
    typeof error.message === "string" &&
    "code" in error &&
    typeof error.code === "string" &&
    error.code.startsWith("ERR_PARSE_ARGS")
  );
}

export function splitTags(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((tag) => tag.trim())
    .filter(Boolean);
}
