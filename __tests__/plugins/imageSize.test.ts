import path from "node:path";
import { sizeImages } from "../../plugins/gatsby-remark-image-size";

const dir = path.resolve("__tests__/fixtures/build-good/files-beside-a-post");
type Image = {
  type: string;
  url: string;
  data?: { hProperties?: Record<string, unknown> };
};
const image = (url: string): Image => ({ type: "image", url });

test("a GIF and an SVG beside the post get their width and height; others are left alone", () => {
  const images = [
    image("./loop.gif"),
    image("diagram.svg"),
    image("./없는.gif"),
    image("https://example.com/a.gif"),
    image("/favicon.svg"),
  ];
  sizeImages({ type: "root", children: images }, dir);
  expect(images.map((i) => i.data?.hProperties ?? null)).toEqual([
    { width: 48, height: 32, loading: "lazy", decoding: "async" },
    { width: 240, height: 80, loading: "lazy", decoding: "async" },
    null,
    null,
    null,
  ]);
});
