import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { BuildProgress, seconds, type LogAction } from "./buildProgress";
import { processTree, readAllStats, treeCpuTicks } from "./processTree";
import { queryProcessEnv } from "./queryProcess";

/**
 * `gatsby build` under a watch: it fails, naming the phase, when neither Gatsby's log nor the
 * CPU of any of its processes has moved for a while. A build can otherwise wait forever, every
 * process idle (gatsbyjs/gatsby#34051; docs/benchmarks.md, "Builds that stall"), and CI would
 * only stop it at its own time limit, with nothing said.
 */

/** How long a build may go without progress: BUILD_STALL_SECONDS, or three minutes. */
export function stallSecondsFrom(env: NodeJS.ProcessEnv): number {
  const seconds = Number(env.BUILD_STALL_SECONDS);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 180;
}

export interface WatchedBuildOptions {
  cwd: string;
  /** Arguments after `gatsby build`. */
  args?: string[];
  env?: NodeJS.ProcessEnv;
  /** How long without progress counts as a stall. */
  stallSeconds: number;
  /** How often the build's processes are looked at. */
  sampleSeconds?: number;
  /** "inherit": the build writes to this terminal; "collect": its output is returned. */
  output: "inherit" | "collect";
  /** The command instead of `node <cwd>/node_modules/gatsby/cli.js build` (tests). */
  command?: string[];
}

export interface WatchedBuildResult {
  outcome: "finished" | "failed" | "stalled";
  code: number | null;
  seconds: number;
  output: string;
  /** What was running when a stalled build was stopped. */
  stall?: string;
}

/** 0 for a finished build, else Gatsby's exit code, or 1 (a stalled build was killed). */
export const exitCodeOf = (result: WatchedBuildResult): number =>
  result.outcome === "finished" ? 0 : result.code || 1;

/** What a process was doing: its state and kernel wait channel, from /proc. */
function processLine(pid: number): string {
  const read = (file: string) => {
    try {
      return readFileSync(`/proc/${pid}/${file}`, "utf8");
    } catch {
      return "";
    }
  };
  const command = read("cmdline").split("\0").join(" ").trim();
  const state = /^State:\s+(.+)$/mu.exec(read("status"))?.[1] ?? "?";
  return `  ${pid} ${state}, waiting in ${read("wchan") || "?"}: ${command.slice(0, 160)}`;
}

export function watchedBuild(
  options: WatchedBuildOptions,
): Promise<WatchedBuildResult> {
  const started = Date.now();
  const sampleMs = (options.sampleSeconds ?? 5) * 1000;
  const stallMs = options.stallSeconds * 1000;
  const [command = process.execPath, ...args] = options.command ?? [
    process.execPath,
    path.join(options.cwd, "node_modules", "gatsby", "cli.js"),
    "build",
    ...(options.args ?? []),
  ];
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: {
      GATSBY_TELEMETRY_DISABLED: "1",
      ...process.env,
      ...queryProcessEnv({ ...process.env, ...options.env }),
      ...options.env,
    },
    // The IPC channel makes gatsby-cli send its log as actions too (its IPC logger), while
    // the terminal still gets Gatsby's usual output.
    stdio:
      options.output === "inherit"
        ? ["inherit", "inherit", "inherit", "ipc"]
        : ["ignore", "pipe", "pipe", "ipc"],
  });
  const progress = new BuildProgress(started);
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.on("message", (message: { type?: string; action?: LogAction }) => {
    if (message.type === "LOG_ACTION" && message.action)
      progress.action(message.action, Date.now());
  });

  // A tenth of a core over the sample counts as work (ticks are 1/100 s).
  const busyTicks = sampleMs / 1000 / 10 / 0.01;
  let stall: string | undefined;
  const timer = setInterval(() => {
    const pid = child.pid;
    if (pid === undefined) return;
    const now = Date.now();
    progress.cpu(treeCpuTicks(readAllStats(), pid), now, busyTicks);
    if (progress.quietFor(now) < stallMs || stall !== undefined) return;
    const pids = processTree(readAllStats(), pid).map((p) => p.pid);
    const processes = pids.map(processLine);
    stall = [
      `gatsby build made no progress for ${seconds(progress.quietFor(now))}: no log line, and its ${processes.length} processes used almost no CPU.`,
      ...progress.describe(now),
      "Its processes:",
      ...processes,
      `Stopped after ${seconds(now - started)}, so that a stalled build fails now instead of at CI's time limit. ` +
        "BUILD_STALL_SECONDS sets how long to wait; docs/benchmarks.md (Builds that stall) says what is known.",
    ].join("\n");
    for (const stuck of pids) {
      try {
        process.kill(stuck, "SIGKILL");
      } catch {
        // Already gone.
      }
    }
  }, sampleMs);

  // Ctrl-C or CI's own stop reaches Gatsby too.
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", forward).on("SIGTERM", forward);

  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(timer);
      process.off("SIGINT", forward).off("SIGTERM", forward);
      resolve({
        outcome:
          stall !== undefined ? "stalled" : code === 0 ? "finished" : "failed",
        code,
        seconds: (Date.now() - started) / 1000,
        output,
        stall,
      });
    });
  });
}
