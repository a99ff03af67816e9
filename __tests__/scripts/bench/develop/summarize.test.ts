import { summarize } from "../../../../scripts/bench/develop/summarize";

describe("median and range of the saves", () => {
  test.each([
    [[3, 1, 2], { median: 2, min: 1, max: 3 }],
    [[4, 1, 3, 2], { median: 2.5, min: 1, max: 4 }],
    [[0.7], { median: 0.7, min: 0.7, max: 0.7 }],
  ])("%j", (values, expected) => {
    expect(summarize(values)).toEqual(expected);
  });

  test("nothing to summarize when no save finished", () => {
    expect(summarize([])).toBeNull();
  });

  test("leaves the timings it was given in their order", () => {
    const values = [3, 1, 2];
    summarize(values);
    expect(values).toEqual([3, 1, 2]);
  });
});
