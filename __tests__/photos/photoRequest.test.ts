import { photoRequest } from "../../src/photos/photoRequest";

test.each([
  ["./seongsan.jpg", { file: "./seongsan.jpg", format: "jpeg", full: false }],
  ["사진/바다.JPEG", { file: "사진/바다.JPEG", format: "jpeg", full: false }],
  [
    "./%EB%B0%94%EB%8B%A4.png",
    { file: "./바다.png", format: "png", full: false },
  ],
  ["./map.webp#full", { file: "./map.webp", format: "webp", full: true }],
])("%s is a photo beside the post", (url, expected) => {
  expect(photoRequest(url)).toEqual(expected);
});

test.each([
  "./loop.gif",
  "./diagram.svg",
  "https://example.com/a.jpg",
  "//cdn.example.com/a.jpg",
  "/images/in-static.jpg",
  "./slides.pdf",
  "./bad%E0%A4%A.jpg",
])("%s is left to the other plugins", (url) => {
  expect(photoRequest(url)).toBeNull();
});
