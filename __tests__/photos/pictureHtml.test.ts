import { JSDOM } from "jsdom";
import { photoRecipe } from "../../src/photos/photoRecipe";
import { pictureHtml } from "../../src/photos/pictureHtml";

const render = (html: string) =>
  JSDOM.fragment(`<p>${html}</p>`).firstElementChild as Element;
const url = (width: number, format: string) =>
  `/static/k/%EB%B0%94%EB%8B%A4-${width}.${format}`;

test("a JPEG is a picture: WebP first, the JPEG as the img, both at the column's widths", () => {
  const p = render(
    pictureHtml({
      alt: '성산 "일출봉" & 바다',
      title: null,
      display: { width: 672, height: 504 },
      recipe: photoRecipe("jpeg", 4000),
      url,
    }),
  );
  const [source, img] = [...(p.querySelector("picture")?.children ?? [])];
  expect(source?.tagName).toBe("SOURCE");
  expect(source?.getAttribute("type")).toBe("image/webp");
  expect(source?.getAttribute("srcset")).toBe(
    [672, 1008, 1344].map((w) => `${url(w, "webp")} ${w}w`).join(", "),
  );
  expect(img?.tagName).toBe("IMG");
  expect(img?.getAttribute("srcset")).toBe(
    [672, 1008, 1344].map((w) => `${url(w, "jpeg")} ${w}w`).join(", "),
  );
  expect(img?.getAttribute("src")).toBe(url(672, "jpeg"));
  expect(img?.getAttribute("alt")).toBe('성산 "일출봉" & 바다');
  for (const element of [source, img])
    expect(element?.getAttribute("sizes")).toBe(
      "(min-width: 44rem) 42rem, calc(100vw - 2rem)",
    );
  expect(
    ["width", "height", "loading", "decoding"].map((name) =>
      img?.getAttribute(name),
    ),
  ).toEqual(["672", "504", "lazy", "async"]);
  expect(img?.hasAttribute("title")).toBe(false);
});

test("a WebP is one img; a decorative photo keeps its empty alt; a title stays", () => {
  const p = render(
    pictureHtml({
      alt: "",
      title: "<제목>",
      display: { width: 500, height: 300 },
      recipe: photoRecipe("webp", 500),
      url,
    }),
  );
  expect(p.querySelector("picture")).toBeNull();
  const img = p.querySelector("img");
  expect(img?.getAttribute("alt")).toBe("");
  expect(img?.getAttribute("title")).toBe("<제목>");
  expect(img?.getAttribute("srcset")).toBe(`${url(500, "webp")} 500w`);
});
