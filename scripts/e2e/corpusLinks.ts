import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { photoRequest } from "../../src/photos/photoRequest";
import { readPost } from "../../src/content/readPost";
import { findMarkdownRefs } from "../../src/authoring/markdownRefs";
import { missingFiles } from "../../src/authoring/filesBeside";
import { blogConfig } from "../../blog.config";
import { buildSite, createScratchSite } from "../scratchSite";
import { brokenLinks } from "./brokenLinks";
import { injectedScriptProblems } from "./injectedScripts";
import { startNginx } from "./nginxServer";

/**
 * `npm run test:corpus`: builds the blog's own posts together with 217 real Korean documents
 * (__tests__/fixtures/ko-react-docs, CC BY 4.0) in a scratch folder, serves the result with
 * nginx and deploy/nginx.conf, and crawls every link and image. Sample posts alone are short
 * and mostly ASCII; bugs that need long Korean pages (react/react#31134 put NUL bytes inside
 * category links) only show on writing like this. The build itself fails on a NUL or bad UTF-8
 * in any file it writes (gatsby/writtenText.ts). A post whose markdown holds a raw `<script>` and
 * an `onerror=` (__tests__/fixtures/hostile-markup) is built with them and opened in Chromium:
 * neither may run (scripts/e2e/injectedScripts.ts).
 *
 * The corpus comes without its images and links to documents it does not include, some with
 * typos (`]((#id))`, `learn/x` without its `/`): those are broken in the markdown itself. A broken
 * link the markdown did not write is the blog's, and fails the run.
 */
const root = path.resolve(__dirname, "../..");
const corpus = path.join(root, "__tests__/fixtures/ko-react-docs");
const posts = path.join(root, "content/posts");
const hostile = path.join(root, "__tests__/fixtures/hostile-markup");

/**
 * Every URL the corpus's markdown writes (markdown links and images, and `src`, `srcset` and
 * `href` in its raw HTML), resolved as a browser does from the page's own URL. Deliberately
 * looser than `npm run check`, which reads what an author means: this only needs to tell
 * "the markdown said so" from "the blog made it up".
 */
const WRITTEN_URL =
  /\]\(\s*<?([^)\s>]+)|\b(?:src|srcset|href)\s*=\s*["']([^"'\s]+)/gu;

function urlsInMarkdown(files: string[]): Set<string> {
  const urls = new Set<string>();
  for (const file of files) {
    const source = readFileSync(file, "utf8");
    const result = readPost(source, file, blogConfig.timeZone);
    // The page is served at its URL with a trailing slash: relative links resolve below it.
    const page = result.ok ? `${result.post.url.replace(/\/$/u, "")}/` : "/";
    for (const [, markdown, html] of source.matchAll(WRITTEN_URL)) {
      try {
        urls.add(
          urlPath(new URL(markdown ?? html ?? "", `http://site${page}`).href),
        );
      } catch {
        // Not a URL at all: nothing a crawl could follow.
      }
    }
  }
  return urls;
}

function urlPath(url: string): string {
  // With or without the trailing slash: nginx redirects one to the other.
  const pathname = new URL(url).pathname.replace(/(.)\/$/u, "$1");
  try {
    return decodeURI(pathname).normalize("NFC");
  } catch {
    return pathname;
  }
}

/**
 * The corpus's images are missing (they sit outside content/posts/, in the folder it was taken
 * from), and a missing file stops the build. A stand-in at each place keeps the build going.
 * Most are empty files: outside content/posts/ nothing copies them, and the crawl finds them
 * broken, as the markdown writes them. A photo (a JPEG, PNG or WebP) is read and published
 * wherever it is (gatsby-remark-photos), so its stand-in is a real one-pixel picture.
 */
async function placeholdersForMissingFiles(
  site: string,
  files: string[],
): Promise<void> {
  const pixel = await sharp({
    create: { width: 1, height: 1, channels: 3, background: "#888888" },
  })
    .png()
    .toBuffer();
  for (const file of files) {
    const post = `content/posts/${path.basename(file)}`;
    missingFiles(
      post,
      findMarkdownRefs(readFileSync(file, "utf8")),
      (target) => {
        const absolute = path.join(site, target);
        if (!existsSync(absolute)) {
          mkdirSync(path.dirname(absolute), { recursive: true });
          writeFileSync(absolute, photoRequest(target) ? pixel : "");
        }
        return true;
      },
    );
  }
}

async function main(): Promise<void> {
  const corpusFiles = readdirSync(corpus)
    .filter((name) => name.endsWith(".md"))
    .map((name) => path.join(corpus, name));
  const sources = [
    ...readdirSync(posts).map((name) => path.join(posts, name)),
    ...corpusFiles,
    ...readdirSync(hostile).map((name) => path.join(hostile, name)),
  ];
  const site = createScratchSite(sources);
  await placeholdersForMissingFiles(site, corpusFiles);
  // nginx's workers drop root's privileges and must be able to read the site.
  chmodSync(site, 0o755);
  console.log(`Building ${sources.length} posts in ${site} …`);
  const started = Date.now();
  const build = await buildSite(site);
  if (build.code !== 0) {
    console.error(build.output);
    throw new Error(`gatsby build of the corpus exited with ${build.code}`);
  }
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const expected = urlsInMarkdown(corpusFiles);
  const server = await startNginx(path.join(site, "public"));
  try {
    const { checked, broken } = await brokenLinks(server.origin);
    const unexpected = broken.filter(
      (link) => !expected.has(urlPath(link.url)),
    );
    console.log(
      `Checked ${checked} links and images: ${broken.length} broken, ` +
        `${broken.length - unexpected.length} of them as the corpus's markdown writes them`,
    );
    if (unexpected.length > 0 || checked < sources.length) {
      console.error(unexpected.map((link) => link.line).join("\n"));
      throw new Error(
        `${unexpected.length} broken links or images the markdown did not have` +
          (checked < sources.length ? `; only ${checked} checked` : ""),
      );
    }
    const injected = await injectedScriptProblems(
      path.join(site, "public"),
      server.origin,
    );
    if (injected.length > 0) throw new Error(injected.join("\n"));
    console.log(
      "A post's raw <script> and onerror= reached its page and neither ran",
    );
  } finally {
    await server.stop();
  }
  rmSync(site, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
