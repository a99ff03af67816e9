import {
  contrast,
  darkBySystem,
  darkByToggle,
  light,
  mix,
  notesOf,
  tokensOf,
} from "./colourTokens";

const themes = [
  ["light", light],
  ["dark", darkBySystem],
] as const;

/** Text colours and what they are drawn on (src/styles/global.css). */
const TEXT_ON_BG = ["--text", "--muted", "--accent", "--badge"];
const CODE = [
  "--code-comment",
  "--code-keyword",
  "--code-string",
  "--code-function",
  "--code-number",
  "--code-tag",
];

describe.each(themes)("the %s theme's colours", (_name, block) => {
  const tokens = tokensOf(block);
  const token = (name: string): string => {
    const value = tokens[name];
    if (!value) throw new Error(`${name} is not set`);
    return value;
  };

  test.each(TEXT_ON_BG)(
    "%s is readable on the page and on tinted surfaces (chips, code, contents)",
    (name) => {
      expect(contrast(token(name), token("--bg"))).toBeGreaterThanOrEqual(4.5);
      expect(contrast(token(name), token("--surface"))).toBeGreaterThanOrEqual(
        4.5,
      );
    },
  );

  test.each(CODE)("%s is readable in a code block", (name) => {
    expect(contrast(token(name), token("--surface"))).toBeGreaterThanOrEqual(
      4.5,
    );
  });

  test("the profile's initial (the page's colour on the accent) is readable", () => {
    expect(contrast(token("--bg"), token("--accent"))).toBeGreaterThanOrEqual(
      4.5,
    );
  });

  test("a search match (text on an 18% accent wash) is readable", () => {
    const wash = mix(token("--accent"), 0.18, token("--bg"));
    expect(contrast(token("--text"), wash)).toBeGreaterThanOrEqual(4.5);
  });

  test("every ratio noted beside a colour is the ratio it has", () => {
    const noted = notesOf(block).flatMap(({ name, note }) =>
      [...note.matchAll(/([\d.]+):1 on (--[\w-]+)/gu)].map(([, ratio, on]) => ({
        pair: `${name} on ${on}`,
        noted: Number(ratio),
        actual:
          Math.round(contrast(token(name), token(on as string)) * 10) / 10,
      })),
    );
    expect(noted.length).toBeGreaterThanOrEqual(
      TEXT_ON_BG.length + CODE.length,
    );
    for (const { pair, noted: ratio, actual } of noted)
      expect({ pair, ratio }).toEqual({ pair, ratio: actual });
  });
});

test("the dark theme is the same whether the system or the toggle picks it", () => {
  expect(tokensOf(darkByToggle)).toEqual(tokensOf(darkBySystem));
  expect(Object.keys(tokensOf(darkBySystem)).sort()).toEqual(
    Object.keys(tokensOf(light)).sort(),
  );
});
