import { execFileSync } from "node:child_process";
import os from "node:os";

function version(command: string, args: readonly string[]): string {
  try {
    return (
      execFileSync(command, args, { encoding: "utf8" }).trim().split("\n")[0] ??
      ""
    );
  } catch {
    return "not installed";
  }
}

/** Cores, memory and tool versions, so a figure can be compared with one from another machine. */
export function machineLine(): string {
  const cpus = os.cpus();
  const hugo =
    /v\d+\.\d+\.\d+/u.exec(version("hugo", ["version"]))?.[0] ?? "no hugo";
  return [
    `${cpus.length} cores (${cpus[0]?.model.trim() ?? "unknown CPU"})`,
    `${Math.round(os.totalmem() / 2 ** 30)} GB memory`,
    `Node.js ${process.version}`,
    `Hugo ${hugo}`,
    `${os.type()} ${os.release()}`,
  ].join(", ");
}
