import {
  displaySize,
  photoKey,
  photoRecipe,
  photoWidths,
} from "../../src/photos/photoRecipe";

describe("the widths a reader's screen can use, never more than the photo has", () => {
  test.each([
    ["a phone photo", 4000, false, [672, 1008, 1344]],
    [
      "a photo just wider than twice the column",
      1400,
      false,
      [672, 1008, 1344],
    ],
    ["a photo between the densities", 1200, false, [672, 1008, 1200]],
    ["a photo narrower than the column", 500, false, [500]],
    ["a photo a little wider than the column", 700, false, [700]],
    [
      "a phone photo the author wants whole (#full)",
      4000,
      true,
      [672, 1008, 1344, 4000],
    ],
    ["a small photo marked #full", 500, true, [500]],
  ])("%s (%i px)", (_, width, full, expected) => {
    expect(photoWidths(width, full)).toEqual(expected);
  });
});

test("a JPEG or PNG is made as WebP and itself; a WebP only as WebP", () => {
  expect(photoRecipe("jpeg", 4000).formats).toEqual(["webp", "jpeg"]);
  expect(photoRecipe("png", 800).formats).toEqual(["webp", "png"]);
  expect(photoRecipe("webp", 800).formats).toEqual(["webp"]);
});

test("a changed photo, or the same one wanted whole, gets another key; the same one keeps its key", () => {
  const recipe = photoRecipe("jpeg", 4000);
  const key = photoKey("aaaa", recipe);
  expect(photoKey("aaaa", photoRecipe("jpeg", 4000))).toBe(key);
  expect(photoKey("bbbb", recipe)).not.toBe(key);
  expect(photoKey("aaaa", photoRecipe("jpeg", 4000, true))).not.toBe(key);
  expect(photoKey("aaaa", { ...recipe, encoder: "other" })).not.toBe(key);
  expect(key).toMatch(/^[0-9a-f]+$/u);
});

test("a photo shows at the column's width, or its own if narrower, in its own proportions", () => {
  expect(displaySize({ width: 4000, height: 3000 })).toEqual({
    width: 672,
    height: 504,
  });
  expect(displaySize({ width: 3000, height: 4000 })).toEqual({
    width: 672,
    height: 896,
  });
  expect(displaySize({ width: 300, height: 200 })).toEqual({
    width: 300,
    height: 200,
  });
});
