import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { createScratchSite } from "../scratchSite";
import type { PageKind, SiteName } from "./benchTable";
import { writeCorpus } from "./writeCorpus";

export interface BenchSite {
  name: SiteName;
  dir: string;
  clean: readonly string[];
  build: readonly string[];
  env: NodeJS.ProcessEnv;
  /** The post the warm build follows an edit of, relative to content/posts. */
  editedPost: string;
  /** Files in public/ of the pages weighed; a site without that kind of page leaves it out. */
  pages: Partial<Record<PageKind, string>>;
  /** Gatsby sites: the CLI and the edited post's URL path, for `gatsby develop`. */
  develop?: { gatsby: string; pagePath: string };
}

const here = __dirname;
const GATSBY_ENV = {
  GATSBY_TELEMETRY_DISABLED: "1",
  CI: "1",
  NODE_ENV: "production",
};

/** A post without an image, far enough in to be ordinary. */
function typicalPost(count: number): string {
  return `${String(Math.min(51, count - 1)).padStart(5, "0")}.md`;
}

function frontmatterPath(postsDir: string, file: string): string {
  const text = readFileSync(path.join(postsDir, file), "utf8");
  const value = /^path: (.+)$/mu.exec(text)?.[1];
  if (!value) throw new Error(`${file} has no path in its frontmatter`);
  return value.replace(/^\/|\/$/gu, "");
}

function gatsbySite(name: SiteName, dir: string, count: number): BenchSite {
  const posts = path.join(dir, "content", "posts");
  writeCorpus(posts, count);
  const file = typicalPost(count);
  const gatsby = path.join(dir, "node_modules", ".bin", "gatsby");
  // The caches that outlive `gatsby clean` (preview cards, the search index's terms, photos) are
  // kept in the site's folder rather than the blog's node_modules/.cache, which the scratch site
  // links to; a cold build here starts without them, so it does all of that work.
  const cardCache = path.join(dir, ".preview-cards");
  const termsCache = path.join(dir, ".search-terms");
  const photoCache = path.join(dir, ".photos");
  return {
    name,
    dir,
    clean: [
      "sh",
      "-c",
      `rm -rf "${cardCache}" "${termsCache}" "${photoCache}" && "${gatsby}" clean`,
    ],
    build: [gatsby, "build"],
    // Generated posts run a day apart for years past today: the build's clock is set after the
    // last of them, or a post dated later would be scheduled and left out (src/content/buildTime.ts).
    env: {
      ...GATSBY_ENV,
      PREVIEW_CARD_CACHE: cardCache,
      SEARCH_INDEX_CACHE: termsCache,
      PHOTO_CACHE: photoCache,
      BLOG_BUILD_TIME: "2100-01-01T00:00:00Z",
    },
    editedPost: file,
    develop: { gatsby, pagePath: frontmatterPath(posts, file) },
    pages:
      name === "ours"
        ? {
            post: `${frontmatterPath(posts, file)}/index.html`,
            home: "index.html",
            category: "category/개발/index.html",
          }
        : { post: `${frontmatterPath(posts, file)}/index.html` },
  };
}

export function ourSite(count: number): BenchSite {
  return gatsbySite("ours", createScratchSite([]), count);
}

/**
 * Installs the yardstick's packages once per version of bare/package.json, outside the
 * repository, so the blog's own node_modules and lockfile are never touched.
 */
function bareDependencies(): string {
  const manifest = readFileSync(path.join(here, "bare", "package.json"));
  const hash = createHash("sha1").update(manifest).digest("hex").slice(0, 12);
  const dir = path.join(os.tmpdir(), `blog-bench-bare-${hash}`);
  if (!existsSync(path.join(dir, ".installed"))) {
    console.log(`Installing the bare Gatsby site's packages into ${dir} …`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "package.json"), manifest);
    execFileSync(
      "npm",
      // The blog's own install has usually put these versions in npm's cache already.
      [
        "install",
        "--prefer-offline",
        "--no-audit",
        "--no-fund",
        "--loglevel=error",
      ],
      {
        cwd: dir,
        stdio: "inherit",
        env: { ...process.env, GATSBY_TELEMETRY_DISABLED: "1" },
      },
    );
    writeFileSync(path.join(dir, ".installed"), "");
  }
  return path.join(dir, "node_modules");
}

/**
 * `images`: gatsby-remark-images with its defaults (and gatsby-plugin-sharp), as a starter has
 * it, for the photo posts; off otherwise, so the yardstick's builds stay those measured before.
 */
export function bareSite(count: number, { images = false } = {}): BenchSite {
  const modules = bareDependencies();
  const dir = mkdtempSync(path.join(os.tmpdir(), "blog-bench-bare-site-"));
  for (const file of [
    "package.json",
    "gatsby-config.js",
    "gatsby-node.js",
    "src",
  ])
    cpSync(path.join(here, "bare", file), path.join(dir, file), {
      recursive: true,
    });
  symlinkSync(modules, path.join(dir, "node_modules"), "dir");
  const site = gatsbySite("bare", dir, count);
  return images
    ? { ...site, env: { ...site.env, BENCH_BARE_IMAGES: "1" } }
    : site;
}

export function hugoSite(count: number): BenchSite {
  const dir = mkdtempSync(path.join(os.tmpdir(), "blog-bench-hugo-"));
  cpSync(path.join(here, "hugo"), dir, { recursive: true });
  writeCorpus(path.join(dir, "content", "posts"), count);
  const file = typicalPost(count);
  return {
    name: "hugo",
    dir,
    // Hugo's own caches: generated resources in the site and modules/images in cacheDir.
    clean: ["rm", "-rf", "public", "resources", path.join(dir, ".hugo-cache")],
    build: ["hugo", "--cacheDir", path.join(dir, ".hugo-cache")],
    env: {},
    editedPost: file,
    pages: {
      post: `posts/${file.replace(/\.md$/u, "")}/index.html`,
      home: "index.html",
      category: "category/개발/index.html",
    },
  };
}
