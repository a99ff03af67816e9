/**
 * What `npm run new-post` writes: the date, the URL and the frontmatter of a new post, following
 * the owner's convention `/YYYY-MM-DD-<title words joined by ->`.
 */

/** Today's date in `timeZone` as YYYY-MM-DD — at 00:30 in Seoul that is already the new day. */
export function todayIn(timeZone: string, now: Date): string {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(now);
  const part = (type: string) =>
    parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/**
 * Characters a path may not hold (whitespace, ? # % \) and those a file name may not hold on
 * macOS or Windows (/ : * " < > |), dropped from title words.
 */
const UNSAFE = /[?#%\\/:*"<>|\p{Cc}]/gu;

/** The title's words, NFC, Hangul and case kept, joined by `-`; empty if nothing usable is left. */
export function titleSlug(title: string): string {
  return title
    .normalize("NFC")
    .split(/\s+/u)
    .map((word) => word.replace(UNSAFE, ""))
    .filter((word) => word !== "" && !/^\.+$/u.test(word))
    .join("-")
    .replace(/-{2,}/gu, "-")
    .replace(/^-|-$/gu, "");
}

export interface NewPost {
  title: string;
  date: string;
  category?: string;
  tags: string[];
  page: boolean;
  draft: boolean;
}

/**
 * The markdown of a new post, fields in the authoring guide's order. Text is written as JSON
 * strings, which YAML reads as double-quoted scalars, so a title such as `2019 AWS Summit: 메모`
 * or `true` stays text; the path is plain because titleSlug left nothing YAML would misread.
 */
export function newPostSource(post: NewPost, path: string): string {
  const text = (value: string) => JSON.stringify(value.normalize("NFC"));
  const lines = [
    `title: ${text(post.title)}`,
    `path: ${path}`,
    `type: ${post.page ? "page" : "post"}`,
    ...(post.category ? [`category: ${text(post.category)}`] : []),
    `date: ${post.date}`,
    ...(post.tags.length ? [`tags: [${post.tags.map(text).join(", ")}]`] : []),
    ...(post.draft ? ["draft: true"] : []),
  ];
  return `---\n${lines.join("\n")}\n---\n\n`;
}
