import { readFileSync } from "node:fs";
import { BuildProgress } from "../../../scripts/build/buildProgress";
import { watchedBuild } from "../../../scripts/build/watchedBuild";

function running(pid: string | undefined): boolean {
  try {
    return !/^\d+ \(.*\) Z /u.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}

/** A stand-in for `gatsby build`: a Node script that talks to its parent as gatsby-cli does. */
const fakeBuild = (body: string) => [
  process.execPath,
  "-e",
  `const act = (type, payload) => process.send({ type: "LOG_ACTION", action: { type, payload } });
   ${body}`,
];

const STALLS_IN_QUERIES = `
  act("ACTIVITY_START", { id: "c", text: "Caching Webpack compilations" });
  act("ACTIVITY_END", { id: "c" });
  act("ACTIVITY_START", { id: "q", text: "run queries in workers", current: 0, total: 34 });
  // A worker that waits too, as Gatsby's query worker did.
  require("node:child_process").spawn(process.execPath, ["-e", "setInterval(() => {}, 1e6)"]);
  setInterval(() => {}, 1e6);
`;

describe("a build that stops making progress", () => {
  test("is stopped and named by the phase it stalled in, its processes killed", async () => {
    const result = await watchedBuild({
      cwd: process.cwd(),
      command: fakeBuild(STALLS_IN_QUERIES),
      stallSeconds: 1.5,
      sampleSeconds: 0.25,
      output: "collect",
    });
    expect(result.outcome).toBe("stalled");
    expect(result.stall).toMatch(/made no progress for \d+ s/u);
    expect(result.stall).toMatch(
      /Running: "run queries in workers" \(started \d+ s before, 0\/34 done\)/u,
    );
    expect(result.stall).toMatch(
      /Last phase finished: "Caching Webpack compilations"/u,
    );
    const pids = [...(result.stall ?? "").matchAll(/^ {2}(\d+) /gmu)].map(
      ([, pid]) => pid,
    );
    expect(pids).toHaveLength(2);
    // Gone, or a zombie left for whoever adopted it to reap: not running either way. A
    // SIGKILL takes a moment to land on a loaded machine.
    const deadline = Date.now() + 5000;
    while (pids.some(running) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(pids.filter(running)).toEqual([]);
  });

  test("but a quiet phase that keeps a core busy is work, not a stall", async () => {
    const result = await watchedBuild({
      cwd: process.cwd(),
      command: fakeBuild(
        `act("ACTIVITY_START", { id: "h", text: "Building static HTML" });
         const end = Date.now() + 3000; while (Date.now() < end);
         act("ACTIVITY_END", { id: "h" }); process.exit(0);`,
      ),
      stallSeconds: 1.5,
      sampleSeconds: 0.25,
      output: "collect",
    });
    expect(result.outcome).toBe("finished");
    expect(result.seconds).toBeGreaterThan(3);
  });

  test("a build that fails is a failure with its exit code and output", async () => {
    const result = await watchedBuild({
      cwd: process.cwd(),
      command: fakeBuild(`console.error("bad post"); process.exit(3);`),
      stallSeconds: 5,
      output: "collect",
    });
    expect(result).toMatchObject({ outcome: "failed", code: 3 });
    expect(result.output).toContain("bad post");
  });
});

describe("what the watch knows of the build", () => {
  test("follows activities by id, with their progress", () => {
    const progress = new BuildProgress(0);
    progress.action(
      {
        type: "ACTIVITY_START",
        payload: { id: "a", text: "source and transform nodes" },
      },
      10,
    );
    progress.action({ type: "ACTIVITY_END", payload: { id: "a" } }, 20);
    progress.action(
      {
        type: "ACTIVITY_START",
        payload: { id: "b", text: "Building static HTML", total: 9 },
      },
      30,
    );
    progress.action(
      { type: "ACTIVITY_UPDATE", payload: { id: "b", current: 4 } },
      40,
    );
    expect(progress.describe(5040)).toEqual([
      'Running: "Building static HTML" (started 5 s before, 4/9 done).',
      'Last phase finished: "source and transform nodes".',
    ]);
    expect(progress.quietFor(5040)).toBe(5000);
  });

  test("counts CPU as progress only past the busy threshold", () => {
    const progress = new BuildProgress(0);
    progress.cpu(100, 1000, 50);
    progress.cpu(120, 2000, 50); // a spinner redrawing
    expect(progress.quietFor(2000)).toBe(2000);
    progress.cpu(300, 3000, 50);
    expect(progress.quietFor(3000)).toBe(0);
  });
});
