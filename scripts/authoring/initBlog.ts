import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  ConfigSourceError,
  editConfigSource,
} from "../../src/authoring/configSource";
import {
  configEdits,
  currentText,
  firstPost,
  samplesFolder,
  SETTINGS,
} from "../../src/authoring/initBlog";
import { todayIn } from "../../src/authoring/newPost";
import { readBlogConfig } from "../../src/config/blogConfigSchema";
import { formatProblem, formatProblems } from "../../src/content/problems";
import { readPost } from "../../src/content/readPost";
import { evaluateConfig } from "./configFile";
import { HELP, OPTIONS } from "./initBlogArgs";
import { isParseArgsError, UsageError } from "./newPostArgs";
import { runAtTerminal, type CommandEnvironment } from "./terminal";

export type InitBlogEnvironment = CommandEnvironment;

async function askSettings(
  current: unknown,
  answers: Map<string, string>,
  ask: (question: string) => Promise<string>,
) {
  console.log(
    "블로그를 내 것으로 만듭니다. [ ] 안은 지금 값: Enter는 그대로, -는 비우기(선택 항목).",
  );
  for (const { flag, path: at, question, removable } of SETTINGS) {
    if (answers.has(flag)) continue;
    const now = currentText(current, at);
    const answer = (await ask(`${question} [${now ?? "없음"}]: `)).trim();
    if (answer === "-" && removable) answers.set(flag, "");
    else if (answer !== "") answers.set(flag, answer);
  }
}

/** Moves the sample posts into a new folder outside content/, which the build does not read. */
function moveSamples(root: string, entries: string[], date: string) {
  if (entries.length === 0) return;
  const folder = samplesFolder(date, (f) => existsSync(path.join(root, f)));
  mkdirSync(path.join(root, folder), { recursive: true });
  for (const entry of entries)
    renameSync(
      path.join(root, "content", "posts", entry),
      path.join(root, folder, entry),
    );
  console.log(
    `Moved ${entries.length} sample post${entries.length === 1 ? "" : "s"} (files and folders) from content/posts/ to ${folder}/, which the build does not read. To bring them back: mv ${folder}/* content/posts/`,
  );
}

/** Makes the blog the owner's; returns the exit code (0 done, 1 wrong values, 2 bad arguments). */
export async function initBlog(
  args: string[],
  env: InitBlogEnvironment,
): Promise<number> {
  try {
    const { values } = parseArgs({ args, options: OPTIONS });
    const flags = values as Record<string, string | boolean | undefined>;
    if (values.help) {
      console.log(HELP);
      return 0;
    }
    if (values["move-samples"] && values["keep-samples"])
      throw new UsageError("Give --move-samples or --keep-samples, not both.");
    const configFile = path.join(env.root, "blog.config.ts");
    const source = readFileSync(configFile, "utf8");
    const current = evaluateConfig(source, configFile);
    const answers = new Map<string, string>();
    for (const { flag } of SETTINGS) {
      const value = flags[flag];
      if (typeof value === "string") answers.set(flag, value);
    }
    const ask = values.yes ? undefined : env.ask;
    if (ask) await askSettings(current, answers, ask);

    // Everything is checked, as the build will read it, before anything is written.
    const edits = configEdits(current, answers);
    const changed = editConfigSource(source, edits);
    const settings = readBlogConfig(evaluateConfig(changed, configFile));
    if (!settings.ok) {
      console.error(settings.problems.map(formatProblem).join("\n"));
      console.error("Nothing was changed.");
      return 1;
    }
    const postsDir = path.join(env.root, "content", "posts");
    const samples = existsSync(postsDir) ? readdirSync(postsDir).sort() : [];
    const move =
      values["move-samples"] ||
      (!values["keep-samples"] &&
        ask !== undefined &&
        samples.length > 0 &&
        /^(y|yes|네|예|응)$/iu.test(
          (
            await ask(
              `content/posts/의 예시 글 ${samples.length}개를 samples/ 폴더로 옮기고(지우지 않음) 첫 글을 만들까요? [y/N]: `,
            )
          ).trim(),
        ));
    const first = move
      ? firstPost(values["first-post"], settings.config, env.now)
      : undefined;
    if (move && !first)
      throw new UsageError(
        `The first post's title ${JSON.stringify(values["first-post"])} has no letters or digits to make a URL of.`,
      );
    if (first) {
      const check = readPost(
        first.source,
        first.file,
        settings.config.timeZone,
      );
      if (!check.ok) {
        console.error(formatProblems(check.problems));
        console.error("Nothing was changed.");
        return 1;
      }
    }

    if (changed !== source) writeFileSync(configFile, changed);
    console.log(
      changed !== source
        ? `Wrote blog.config.ts: ${edits.map((e) => e.path.join(".")).join(", ")}`
        : "blog.config.ts: nothing to change.",
    );
    if (first) {
      moveSamples(
        env.root,
        samples,
        todayIn(settings.config.timeZone, env.now),
      );
      mkdirSync(postsDir, { recursive: true });
      writeFileSync(path.join(env.root, first.file), first.source, {
        flag: "wx",
      });
      console.log(`Created ${first.file}`);
    }
    console.log("Next: npm run check, then npm run develop.");
    return 0;
  } catch (error) {
    if (error instanceof ConfigSourceError) {
      console.error(`${error.message}\nNothing was changed.`);
      return 1;
    }
    if (error instanceof UsageError || isParseArgsError(error)) {
      console.error(`${error.message}\nSee: npm run init-blog -- --help`);
      return 2;
    }
    throw error;
  }
}

if (require.main === module) runAtTerminal(initBlog);
