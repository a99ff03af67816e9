import { readdirSync, readFileSync } from "node:fs";

/** One line of /proc/<pid>/stat, reduced to what the bench needs. */
export interface ProcStat {
  pid: number;
  ppid: number;
  /** Resident pages (field 24). */
  rssPages: number;
  /** CPU ticks of waited-for children, user + system (fields 16 and 17). */
  childTicks: number;
  /** CPU ticks of the process itself, user + system (fields 14 and 15). */
  ownTicks: number;
}

/**
 * Parses /proc/<pid>/stat (proc(5)). The command name in field 2 may hold spaces and
 * parentheses, so the fields are counted from the last ")".
 */
export function parseStat(text: string): ProcStat | null {
  const open = text.indexOf("(");
  const close = text.lastIndexOf(")");
  if (open < 1 || close < open) return null;
  const pid = Number(text.slice(0, open).trim());
  // rest[0] is field 3 (state), so field n is rest[n - 3].
  const rest = text
    .slice(close + 2)
    .trim()
    .split(/\s+/u);
  const field = (n: number) => Number(rest[n - 3]);
  const stat = {
    pid,
    ppid: field(4),
    rssPages: field(24),
    childTicks: field(16) + field(17),
    ownTicks: field(14) + field(15),
  };
  return Object.values(stat).every(Number.isFinite) ? stat : null;
}

/** `root` and all its descendants. */
export function processTree(
  stats: readonly ProcStat[],
  root: number,
): ProcStat[] {
  const children = new Map<number, ProcStat[]>();
  for (const stat of stats) {
    const siblings = children.get(stat.ppid) ?? [];
    siblings.push(stat);
    children.set(stat.ppid, siblings);
  }
  const tree: ProcStat[] = [];
  const queue = stats.filter((stat) => stat.pid === root);
  for (let next = queue.pop(); next; next = queue.pop()) {
    tree.push(next);
    queue.push(...(children.get(next.pid) ?? []));
  }
  return tree;
}

/** Resident pages of `root` and all its descendants: the memory a build needs at that moment. */
export function treeRssPages(stats: readonly ProcStat[], root: number): number {
  return processTree(stats, root).reduce((sum, s) => sum + s.rssPages, 0);
}

/**
 * CPU ticks `root` and its descendants have used, their finished children's included: it
 * grows while any process of a build works, and stands still when all of them wait.
 */
export function treeCpuTicks(stats: readonly ProcStat[], root: number): number {
  return processTree(stats, root).reduce(
    (sum, s) => sum + s.ownTicks + s.childTicks,
    0,
  );
}

function readStat(pid: string): ProcStat | null {
  try {
    return parseStat(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    // The process ended between readdir and read.
    return null;
  }
}

/** Every process on the machine, as /proc shows it now. */
export function readAllStats(): ProcStat[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/u.test(name))
    .map(readStat)
    .filter((stat): stat is ProcStat => stat !== null);
}

/** CPU ticks this process's finished children (and theirs) used, from /proc/self/stat. */
export function ownChildTicks(): number {
  return readStat("self")?.childTicks ?? 0;
}
