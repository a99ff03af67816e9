import { valueAt } from "../content/problems";
import type { ConfigEdit } from "./configSource";
import { newPostSource, titleSlug, todayIn } from "./newPost";

/**
 * What `npm run init-blog` changes: the settings a new owner makes theirs, the folder the sample
 * posts move to, and the first post. The command that asks, reads and writes is
 * scripts/authoring/initBlog.ts; blogConfigSchema.ts alone decides what is right.
 */

export interface Setting {
  /** The command-line flag, without `--`. */
  flag: string;
  path: readonly string[];
  /** The question at a terminal. */
  question: string;
  /** Optional settings: an empty flag value, or `-` at a terminal, removes them. */
  removable: boolean;
}

const setting = (
  flag: string,
  path: string[],
  question: string,
  removable = false,
): Setting => ({ flag, path, question, removable });

export const SETTINGS: readonly Setting[] = [
  setting("title", ["title"], "블로그 이름 (title)"),
  setting("description", ["description"], "블로그 한 줄 소개 (description)"),
  setting("author", ["author"], "글쓴이 이름 (author)"),
  setting(
    "site-url",
    ["siteUrl"],
    "사이트 주소 (siteUrl, 예: https://blog.example.com)",
  ),
  setting("bio", ["profile", "bio"], "프로필 한 줄 소개 (profile.bio)", true),
  ...(
    [
      ["github", "GitHub 주소"],
      ["email", "이메일 주소"],
      ["linkedin", "LinkedIn 주소"],
      ["x", "X(트위터) 주소"],
      ["homepage", "홈페이지 주소"],
    ] as const
  ).map(([link, name]) =>
    setting(
      link,
      ["profile", "links", link],
      `${name} (profile.links.${link}${link === "email" ? "" : ", https://…"})`,
      true,
    ),
  ),
];

/** The current value of a setting, as text for a question's default. */
export function currentText(config: unknown, path: readonly string[]) {
  const value = valueAt(config, path);
  return typeof value === "string" ? value : undefined;
}

/**
 * The edits for the answers (by flag; "" removes an optional setting). The profile's name
 * follows the author when it was the author's name, so a sample name is not left behind, and a
 * profile that must be made for a link starts with the author's name, which it needs.
 */
export function configEdits(
  current: unknown,
  answers: ReadonlyMap<string, string>,
): ConfigEdit[] {
  const edits: ConfigEdit[] = [];
  const author = answers.get("author")?.trim();
  const oldAuthor = currentText(current, ["author"]);
  const profile = valueAt(current, ["profile"]);
  const profileName = currentText(current, ["profile", "name"]);
  const profileValues = SETTINGS.filter(
    (s) => s.path[0] === "profile" && answers.get(s.flag)?.trim(),
  );
  if (profile === undefined && profileValues.length > 0)
    edits.push({ path: ["profile", "name"], value: author ?? oldAuthor ?? "" });
  else if (
    author !== undefined &&
    profile !== undefined &&
    profileName === oldAuthor
  )
    edits.push({ path: ["profile", "name"], value: author });
  for (const { flag, path, removable } of SETTINGS) {
    const answer = answers.get(flag)?.trim();
    if (answer === undefined) continue;
    edits.push({
      path,
      value: removable && answer === "" ? undefined : answer,
    });
  }
  return edits;
}

/** Where the samples go: samples/posts-<date>, or -2, -3… after it, never over a folder. */
export function samplesFolder(
  date: string,
  exists: (folder: string) => boolean,
): string {
  const base = `samples/posts-${date}`;
  for (let n = 1; ; n++) {
    const folder = n === 1 ? base : `${base}-${n}`;
    if (!exists(folder)) return folder;
  }
}

export interface FirstPost {
  /** Relative to the site root. */
  file: string;
  source: string;
}

/** The first post, as `npm run new-post` would write it, with a line to start from. */
export function firstPost(
  title: string | undefined,
  config: { timeZone: string; language: "ko" | "en" },
  now: Date,
): FirstPost | undefined {
  const ko = config.language === "ko";
  const chosen = title?.trim() || (ko ? "첫 글" : "First post");
  const slug = titleSlug(chosen);
  if (!slug) return undefined;
  const date = todayIn(config.timeZone, now);
  const front = newPostSource(
    {
      title: chosen,
      date,
      category: ko ? "일상" : "Journal",
      tags: [],
      page: false,
      draft: false,
    },
    `/${date}-${slug}`,
  );
  const body = ko
    ? "블로그를 시작하며 쓰는 첫 글입니다.\n"
    : "The first post of this blog.\n";
  return { file: `content/posts/${date}-${slug}.md`, source: front + body };
}
