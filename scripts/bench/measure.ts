import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import {
  ownChildTicks,
  readAllStats,
  treeRssPages,
} from "../build/processTree";

export interface Run {
  code: number | null;
  wallSeconds: number;
  /** User + system time of the whole process tree, workers included. */
  cpuSeconds: number;
  /** Highest sum of resident memory over the process tree, sampled every `sampleMs` (200 ms). */
  peakRssBytes: number;
}

// getconf PAGESIZE and CLK_TCK on every Linux this runs on (x86-64 and arm64 Debian).
const PAGE_BYTES = 4096;
const TICKS_PER_SECOND = 100;

/**
 * Runs a command, logging its output to `logFile`, and measures it the way a blogger's machine
 * feels it: wall time, CPU time of every process it starts (Gatsby forks workers), and the peak
 * of their summed RSS. RSS counts shared pages once per process, so the sum can overstate a
 * little; it is what out-of-memory killers and CI limits look at.
 */
export function measure(
  command: string,
  args: readonly string[],
  options: {
    cwd: string;
    env?: NodeJS.ProcessEnv;
    logFile: string;
    sampleMs?: number;
  },
): Promise<Run> {
  const log = createWriteStream(options.logFile);
  const ticksBefore = ownChildTicks();
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  let peakPages = 0;
  let timer: NodeJS.Timeout | undefined;
  // Hugo can finish in a tenth of a second: sample often at first, then every `sampleMs`.
  const sample = (delay: number) => {
    if (child.pid !== undefined)
      peakPages = Math.max(peakPages, treeRssPages(readAllStats(), child.pid));
    timer = setTimeout(
      () => sample(Math.min(delay * 2, options.sampleMs ?? 200)),
      delay,
    );
  };
  sample(10);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    // 'close' comes after the child was reaped, so its CPU time is in our children's ticks.
    child.on("close", (code) => {
      clearTimeout(timer);
      log.end();
      resolve({
        code,
        wallSeconds: (performance.now() - started) / 1000,
        cpuSeconds: (ownChildTicks() - ticksBefore) / TICKS_PER_SECOND,
        peakRssBytes: peakPages * PAGE_BYTES,
      });
    });
  });
}
