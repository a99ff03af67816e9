import { createInterface } from "node:readline/promises";

/** What an authoring command gets from where it runs: the site, the moment, a way to ask. */
export interface CommandEnvironment {
  /** Site root: the folder holding blog.config.ts and content/posts. */
  root: string;
  now: Date;
  /** Asks the author and resolves to the answer; absent when no one is at a terminal. */
  ask?: (question: string) => Promise<string>;
}

/**
 * Runs an authoring command (new-post, init-blog) as `npm run` does: in the current folder,
 * asking questions only when both ends are a terminal, its result as the exit code.
 */
export function runAtTerminal(
  command: (argv: string[], env: CommandEnvironment) => Promise<number>,
): void {
  const interactive = process.stdin.isTTY && process.stdout.isTTY;
  const readline = interactive
    ? createInterface({ input: process.stdin, output: process.stdout })
    : undefined;
  command(process.argv.slice(2), {
    root: process.cwd(),
    now: new Date(),
    ask: readline ? (question) => readline.question(question) : undefined,
  })
    .then((code) => {
      process.exitCode = code;
    })
    .finally(() => readline?.close());
}
