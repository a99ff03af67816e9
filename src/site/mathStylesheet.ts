import katexPackage from "katex/package.json";

/**
 * Where the site serves KaTeX's stylesheet and fonts (gatsby/onPostBootstrap.ts copies them
 * there): below KaTeX's version, so a new KaTeX is a new URL and the files can be cached for
 * good (scripts/deploy/cacheRules.ts).
 */
export const KATEX_FOLDER = `katex/${katexPackage.version}`;
export const mathStylesheetPath = `/${KATEX_FOLDER}/katex.min.css`;

/** Whether a post's HTML holds math that KaTeX rendered (plugins/gatsby-remark-math). */
export const hasMath = (html: string | null | undefined): boolean =>
  html?.includes('class="katex') ?? false;
