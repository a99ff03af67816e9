import {
  parseStat,
  treeCpuTicks,
  treeRssPages,
} from "../../../scripts/build/processTree";

// A real /proc/<pid>/stat line with the command name changed to hold spaces and parentheses.
const stat = (pid: number, ppid: number, rss: number, name = "node") =>
  `${pid} (${name}) S ${ppid} 11338 5498 0 -1 4194304 100 0 0 0 12 3 40 7 20 0 1 0 435995 3133440 ${rss} 18446744073709551615 0 0`;

describe("reading /proc for the bench's memory and CPU figures", () => {
  test("finds the parent, resident pages and children's CPU ticks", () => {
    expect(parseStat(stat(42, 7, 390))).toEqual({
      pid: 42,
      ppid: 7,
      rssPages: 390,
      childTicks: 47,
      ownTicks: 15,
    });
  });

  test("is not misled by a command name with spaces and parentheses", () => {
    expect(parseStat(stat(42, 7, 390, "gatsby (worker) 1) x"))).toMatchObject({
      pid: 42,
      ppid: 7,
      rssPages: 390,
    });
  });

  test("gives up on a line that is not a stat line", () => {
    expect(parseStat("")).toBeNull();
    expect(parseStat("42 (node) S")).toBeNull();
  });

  test("sums the memory of a build and all its workers, and nothing else", () => {
    const stats = [
      { pid: 1, ppid: 0, rssPages: 1000, childTicks: 0, ownTicks: 9 },
      { pid: 10, ppid: 1, rssPages: 100, childTicks: 0, ownTicks: 0 }, // gatsby build
      { pid: 11, ppid: 10, rssPages: 20, childTicks: 0, ownTicks: 0 }, // a worker
      { pid: 12, ppid: 11, rssPages: 3, childTicks: 0, ownTicks: 0 }, // the worker's child
      { pid: 13, ppid: 1, rssPages: 500, childTicks: 0, ownTicks: 9 }, // someone else's process
    ];
    expect(treeRssPages(stats, 10)).toBe(123);
    expect(treeRssPages(stats, 99)).toBe(0);
  });

  test("counts the CPU a build and its workers used, finished children included", () => {
    const stats = [
      { pid: 1, ppid: 0, rssPages: 0, childTicks: 500, ownTicks: 900 },
      { pid: 10, ppid: 1, rssPages: 0, childTicks: 30, ownTicks: 200 }, // gatsby build
      { pid: 11, ppid: 10, rssPages: 0, childTicks: 0, ownTicks: 70 }, // a worker
      { pid: 13, ppid: 1, rssPages: 0, childTicks: 0, ownTicks: 900 }, // someone else's
    ];
    expect(treeCpuTicks(stats, 10)).toBe(300);
  });
});
