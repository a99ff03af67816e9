import { imageSeconds } from "../../../../scripts/bench/photos/imageSeconds";

test("reads this blog's photo line: the seconds encoding took, or none from the cache", () => {
  expect(
    imageSeconds(
      "info photos: 20 encoded in 9.8 s, 0 from the cache (node_modules/.cache/photos)\n",
    ),
  ).toBe(9.8);
  expect(imageSeconds("info photos: 0 encoded, 20 from the cache (x)\n")).toBe(
    0,
  );
});

test("a log with no image work of either kind gives null", () => {
  expect(imageSeconds("success run queries in workers - 15.4s\n")).toBeNull();
});
