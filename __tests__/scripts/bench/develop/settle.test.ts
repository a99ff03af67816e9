import { settle } from "../../../../scripts/bench/develop/settle";

/** A develop server stand-in whose processes use `perWindow` ticks between two looks. */
const server = (perWindow: number, exited?: number) => {
  let ticks = 0;
  return {
    cpuTicks: () => (ticks += perWindow),
    exited: () => exited,
  };
};
const fast = { windowMs: 5, timeoutSeconds: 0.5 };

describe("waiting for develop to be quiet before a save", () => {
  test("quiet once its processes use next to no CPU for two windows running", async () => {
    await expect(settle(server(3), fast)).resolves.toBe(true);
  });

  test("still busy when the time is up", async () => {
    await expect(settle(server(50), fast)).resolves.toBe(false);
  });

  test("not quiet, but gone, when develop has exited", async () => {
    await expect(settle(server(0, 1), fast)).resolves.toBe(false);
  });
});
