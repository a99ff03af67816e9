import { createElement as h, type ReactNode } from "react";
import satori from "satori";
import sharp from "sharp";
import { CARD_HEIGHT, CARD_WIDTH, type CardSpec } from "./cardSpec";
import { CardFonts, type CardWeight } from "./cardFonts";
import { titleLines } from "./cardTitle";

/**
 * Draws a preview card: satori lays it out and turns the text into outlines (an SVG with no
 * font left in it), sharp rasterizes that to PNG. Lines are broken here (src/seo/card/
 * cardTitle.ts) and handed over one per box that does not wrap, so the Korean rule holds
 * whatever satori's own line breaking would do. A change to this design bumps CARD_DESIGN
 * (src/seo/card/cardSpec.ts).
 */

// The site's light theme (src/styles/global.css): --text, --muted, --accent, --surface, --border.
const COLORS = {
  text: "#1f2328",
  muted: "#57606a",
  accent: "#0a58ca",
  background: "#ffffff",
  surface: "#f6f8fa",
  border: "#d0d7de",
};

const PADDING = 72;
/** The accent band along the top edge. */
const BAND = 16;
const TEXT_WIDTH = CARD_WIDTH - PADDING * 2;
const TITLE = { size: 64, weight: 700 as CardWeight, lines: 3, leading: 1.3 };
const META = { size: 32, weight: 400 as CardWeight, lines: 2, leading: 1.4 };
const SITE = { size: 30, weight: 700 as CardWeight };

let fonts: CardFonts | null = null;
/** The faces, read on first use: a process that makes no card never loads them. */
export function cardFonts(): CardFonts {
  fonts ??= new CardFonts();
  return fonts;
}

function lines(
  text: string,
  style: { size: number; weight: CardWeight; lines: number },
): string[] {
  const faces = cardFonts();
  return titleLines(faces.drawableText(text, style.weight), {
    measure: (t) => faces.measure(t, style.weight, style.size),
    maxWidth: TEXT_WIDTH,
    maxLines: style.lines,
  });
}

const block = (
  texts: string[],
  style: { size: number; weight: CardWeight; leading: number },
  color: string,
): ReactNode =>
  h(
    "div",
    { style: { display: "flex", flexDirection: "column" } },
    ...texts.map((text, i) =>
      h(
        "div",
        {
          key: i,
          style: {
            fontSize: style.size,
            fontWeight: style.weight,
            lineHeight: style.leading,
            color,
            whiteSpace: "nowrap",
          },
        },
        text,
      ),
    ),
  );

/** The card's texts as they will be drawn, line by line: also what a test reads back. */
export function cardText(spec: CardSpec): {
  title: string[];
  meta: string[];
  site: string;
  address: string;
} {
  return {
    title: lines(spec.title, TITLE),
    meta: lines(spec.meta, META),
    site: cardFonts().drawableText(spec.siteName, SITE.weight),
    address: cardFonts().drawableText(spec.address, META.weight),
  };
}

export async function renderCard(spec: CardSpec): Promise<Buffer> {
  const text = cardText(spec);
  const fonts = cardFonts().fontsFor([
    ...text.title.map((t) => ({ text: t, weight: TITLE.weight })),
    ...text.meta.map((t) => ({ text: t, weight: META.weight })),
    { text: text.site, weight: SITE.weight },
    { text: text.address, weight: META.weight },
  ]);
  const families = [...new Set(fonts.map((font) => font.name))];
  const tree = h(
    "div",
    {
      style: {
        // Satori sizes the content box: the padding and border come on top.
        width: TEXT_WIDTH,
        height: CARD_HEIGHT - BAND - (PADDING - BAND) - PADDING,
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: `${PADDING - BAND}px ${PADDING}px ${PADDING}px`,
        background: COLORS.background,
        borderTop: `${BAND}px solid ${COLORS.accent}`,
        fontFamily: families.join(", "),
      },
      lang: spec.language,
    },
    h(
      "div",
      { style: { display: "flex", flexDirection: "column", gap: 24 } },
      block(text.title, TITLE, COLORS.text),
      block(text.meta, META, COLORS.muted),
    ),
    h(
      "div",
      {
        style: {
          display: "flex",
          alignItems: "center",
          justifyContent: "space-between",
          paddingTop: 28,
          borderTop: `2px solid ${COLORS.border}`,
          fontSize: SITE.size,
          fontWeight: SITE.weight,
          color: COLORS.accent,
        },
      },
      h("div", {}, text.site),
      h(
        "div",
        { style: { color: COLORS.muted, fontWeight: META.weight } },
        text.address,
      ),
    ),
  );
  const svg = await satori(tree, {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts,
  });
  return sharp(Buffer.from(svg)).png().toBuffer();
}
