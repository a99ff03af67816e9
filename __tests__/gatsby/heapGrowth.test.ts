import { spawnSync } from "node:child_process";
import { HEAP_GROWING_PERCENT } from "../../gatsby/heapGrowth";

/** Starts this Node with one V8 flag; V8 refuses a flag it does not know. */
const startsWith = (flag: string) =>
  spawnSync(process.execPath, [flag, "-e", "0"], { encoding: "utf8" });

describe("limitHeapGrowth", () => {
  // v8.setFlagsFromString ignores a flag V8 does not have, with no error to catch: if a Node
  // upgrade renamed this one, builds would quietly go back to using a gigabyte more at 10,000
  // posts. This catches the rename.
  test("sets a flag this Node's V8 has", () => {
    const run = startsWith(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  test("(the check above fails for a flag V8 does not have)", () => {
    const run = startsWith("--heap-growing-percentage=50");
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/bad option/u);
  });
});
