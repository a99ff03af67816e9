import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { newPostSource, titleSlug, todayIn } from "../../src/authoring/newPost";
import { pathKey } from "../../src/site/paths";
import { readPost } from "../../src/content/readPost";
import { formatProblems } from "../../src/content/problems";
import { blogConfig } from "../../blog.config";
import { readContentFiles } from "./contentFiles";
import { HELP, isParseArgsError, splitTags, UsageError } from "./newPostArgs";
import { runAtTerminal, type CommandEnvironment } from "./terminal";

export type NewPostEnvironment = CommandEnvironment;

async function chooseCategory(
  existing: string[],
  env: NewPostEnvironment,
): Promise<string> {
  const list = existing.map((name, i) => `  ${i + 1}. ${name}`).join("\n");
  if (!env.ask) {
    throw new UsageError(
      `A post needs a category: pass --category <name>.${existing.length ? `\nExisting categories:\n${list}` : ""}`,
    );
  }
  const answer = (
    await env.ask(
      `${existing.length ? `Existing categories:\n${list}\n` : ""}Category (a number above, or a new name): `,
    )
  ).trim();
  const chosen = /^\d+$/u.test(answer) ? existing[Number(answer) - 1] : answer;
  if (!chosen) throw new UsageError("A post needs a category.");
  return chosen;
}

/** Creates the post; returns the exit code (0 made, 1 refused, 2 bad arguments). */
export async function newPost(
  args: string[],
  env: NewPostEnvironment,
): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        category: { type: "string", short: "c" },
        tags: { type: "string", short: "t" },
        page: { type: "boolean", default: false },
        draft: { type: "boolean", default: false },
        folder: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
    if (values.help) {
      console.log(HELP);
      return 0;
    }
    const title = positionals.join(" ").trim();
    if (!title)
      throw new UsageError('Give the title: npm run new-post -- "<title>"');
    const date = todayIn(blogConfig.timeZone, env.now);
    const slug = titleSlug(title);
    if (!slug)
      throw new UsageError(
        `The title ${JSON.stringify(title)} has no letters or digits to make a URL of.`,
      );
    const urlPath = `/${date}-${slug}`;

    const postsDir = path.join(env.root, "content", "posts");
    const existing = readContentFiles(env.root, postsDir).flatMap(
      ({ file, source }) => {
        const result = readPost(source, file, blogConfig.timeZone);
        return result.ok ? [{ file, post: result.post }] : [];
      },
    );
    const name = `${date}-${slug}`;
    const target = values.folder
      ? path.join(postsDir, name, "index.md")
      : path.join(postsDir, `${name}.md`);
    const relative = path.relative(env.root, target).split(path.sep).join("/");
    // Either form of the same post counts: a file name.md and a folder name/.
    const taken = [`${name}.md`, name].find((entry) =>
      existsSync(path.join(postsDir, entry)),
    );
    if (taken) {
      console.error(`Not created: content/posts/${taken} already exists.`);
      return 1;
    }
    // A post's old paths (aliases) are taken too: they redirect to it.
    const clash = existing
      .flatMap(({ file, post }) => [
        { file, path: post.url, old: false },
        ...post.aliases.map((alias) => ({ file, path: alias, old: true })),
      ])
      .find(({ path }) => pathKey(path) === pathKey(urlPath));
    if (clash) {
      console.error(
        `Not created: ${clash.file} already has the path ${clash.path}${clash.old ? " (as an old path, in aliases)" : ""}.`,
      );
      return 1;
    }
    const categories = [
      ...new Set(
        existing.flatMap(({ post }) =>
          post.category ? [post.category.name] : [],
        ),
      ),
    ].sort((a, b) => a.localeCompare(b, blogConfig.language));
    const category = values.page
      ? undefined
      : values.category?.trim() || (await chooseCategory(categories, env));
    const source = newPostSource(
      {
        title,
        date,
        category,
        tags: splitTags(values.tags),
        page: values.page,
        draft: values.draft,
      },
      urlPath,
    );
    // The frontmatter goes through the build's own reader before anything is written.
    const check = readPost(source, relative, blogConfig.timeZone);
    if (!check.ok) {
      console.error(formatProblems(check.problems));
      return 1;
    }
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, source, { flag: "wx" });
    console.log(`Created ${relative}`);
    console.log(
      `URL: ${check.post.url} (${encodeURI(`${blogConfig.siteUrl}${check.post.url}`)} once published)`,
    );
    if (values.draft)
      console.log(
        "It is a draft: npm run develop shows it, npm run build leaves it out.",
      );
    return 0;
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      console.error(`${error.message}\nSee: npm run new-post -- --help`);
      return 2;
    }
    throw error;
  }
}

if (require.main === module) runAtTerminal(newPost);
