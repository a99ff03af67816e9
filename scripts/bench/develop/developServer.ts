import { spawn } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { createServer } from "node:net";
import { readAllStats, treeCpuTicks } from "../../build/processTree";

/** A port nothing listens on now, on 127.0.0.1 only: the bench sends no traffic elsewhere. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no free port on 127.0.0.1")),
      );
    });
  });
}

/** Process groups of the develop servers still running, ended however the bench ends. */
const groups = new Set<number>();
const killGroup = (pid: number, signal: NodeJS.Signals) => {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: every process of the group has gone already.
  }
};
process.on("exit", () => groups.forEach((pid) => killGroup(pid, "SIGKILL")));
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.once(signal, () => process.exit(130));

export interface Develop {
  origin: string;
  /** The exit code once it has exited on its own, else undefined. */
  exited: () => number | null | undefined;
  /** CPU ticks its processes have used so far: standing still when develop has nothing to do. */
  cpuTicks: () => number;
  /** SIGTERM to the whole group, SIGKILL to what is left after 10 s. */
  stop: () => Promise<void>;
}

/**
 * `gatsby develop` on a free 127.0.0.1 port, its output in `logFile`, in a process group of its
 * own: Gatsby forks a develop process and workers, and stopping only the CLI would leave them.
 */
export async function startDevelop(options: {
  cwd: string;
  gatsby: string;
  env: NodeJS.ProcessEnv;
  logFile: string;
}): Promise<Develop> {
  const port = await freePort();
  const log = openSync(options.logFile, "w");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...options.env,
    GATSBY_TELEMETRY_DISABLED: "1",
  };
  // A production NODE_ENV (the builds' setting) would give develop a production webpack.
  delete env.NODE_ENV;
  // On a CI machine (and under the builds' CI=1) Gatsby turns Query on Demand off and runs
  // every page's query before it answers. An author at a desk has it on: so does the bench.
  env.GATSBY_ENABLE_QUERY_ON_DEMAND_IN_CI = "true";
  const child = spawn(
    options.gatsby,
    ["develop", "-H", "127.0.0.1", "-p", String(port)],
    { cwd: options.cwd, env, detached: true, stdio: ["ignore", log, log] },
  );
  closeSync(log);
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${options.gatsby}`);
  groups.add(pid);
  let code: number | null | undefined;
  const exit = new Promise<void>((resolve) =>
    child.on("exit", (status) => {
      code = status;
      resolve();
    }),
  );
  return {
    origin: `http://127.0.0.1:${port}`,
    exited: () => code,
    cpuTicks: () => treeCpuTicks(readAllStats(), pid),
    stop: async () => {
      killGroup(pid, "SIGTERM");
      await Promise.race([
        exit,
        new Promise((resolve) => setTimeout(resolve, 10_000)),
      ]);
      killGroup(pid, "SIGKILL");
      groups.delete(pid);
    },
  };
}

/**
 * Asks `url` every `everyMs` until its body passes `accept` (after a 200), and says how long
 * that took; throws after `timeoutSeconds`, or as soon as `stopped()` gives a reason.
 */
export async function pollUntil(
  url: string,
  accept: (body: string) => boolean,
  options: {
    timeoutSeconds: number;
    everyMs: number;
    stopped: () => string | null;
  },
): Promise<number> {
  const started = performance.now();
  const deadline = started + options.timeoutSeconds * 1000;
  let last = "no answer yet";
  for (;;) {
    const reason = options.stopped();
    if (reason) throw new Error(reason);
    try {
      // Longer than develop's own 15 s wait for a query's result, so its answer is seen.
      const response = await fetch(url, {
        signal: AbortSignal.timeout(30_000),
      });
      const body = await response.text();
      if (response.status === 200 && accept(body))
        return (performance.now() - started) / 1000;
      last = `${response.status}, ${body.length} bytes`;
    } catch (error) {
      // Not listening yet, or a request cut off: ask again.
      last = error instanceof Error ? error.message : String(error);
    }
    if (performance.now() > deadline)
      throw new Error(
        `${url} not as expected within ${options.timeoutSeconds} s (last answer: ${last})`,
      );
    await new Promise((resolve) => setTimeout(resolve, options.everyMs));
  }
}
