import path from "node:path";
import type { GatsbyConfig } from "gatsby";
import { feedItems, type FeedNode } from "./src/seo/feed";
import { parseFrontmatterYamlLeniently } from "./src/content/readPost";
import { blogConfig } from "./blog.config";
import { assertBlogConfig } from "./src/config/blogConfigSchema";
import { assertBlogConfigFiles } from "./src/config/blogConfigFiles";
import { limitHeapGrowth } from "./gatsby/heapGrowth";
import { redirectTemplate } from "./gatsby/redirectFiles";

// Before anything else reads a setting: a wrong one stops Gatsby with a line naming it.
assertBlogConfig(blogConfig);
assertBlogConfigFiles(blogConfig, path.resolve("static"));

// Here rather than in gatsby-node.ts: Gatsby's workers load the config too.
limitHeapGrowth();

// The newest published posts (gatsby/createResolvers.ts leaves out drafts and scheduled posts).
const feedQuery = `
  query Feed {
    feedPosts(limit: ${blogConfig.feedPostCount}) {
      html
      fields { post { title url timestamp description excerpt } }
    }
  }
`;

/**
 * A site served below the origin (GitHub Pages serves a project site at /<repository>/):
 * `PATH_PREFIX=/blog` plus `--prefix-paths` (or `PREFIX_PATHS=true`) puts every link there.
 * Gatsby prefixes its own links and the sitemap; the feed and robots.txt are told here.
 */
const pathPrefix = process.env.PATH_PREFIX
  ? `/${process.env.PATH_PREFIX.replace(/^\/+|\/+$/gu, "")}`
  : undefined;
const prefixPaths =
  ["true", "1"].includes(process.env.PREFIX_PATHS ?? "") ||
  process.argv.includes("--prefix-paths");
const siteRoot = `${blogConfig.siteUrl}${prefixPaths && pathPrefix ? pathPrefix : ""}`;

const config: GatsbyConfig = {
  siteMetadata: {
    title: blogConfig.title,
    description: blogConfig.description,
    author: blogConfig.author,
    siteUrl: blogConfig.siteUrl,
    language: blogConfig.language,
  },
  pathPrefix,
  trailingSlash: "always",
  graphqlTypegen: {
    typesOutputPath: "src/gatsby-types.d.ts",
    // `gatsby build` writes the types too, so CI can tell when the committed file is stale.
    generateOnBuild: true,
  },
  plugins: [
    {
      resolve: "gatsby-source-filesystem",
      // path.resolve, not __dirname: gatsbyjs/gatsby#35488
      options: { name: "posts", path: path.resolve("content/posts") },
    },
    {
      resolve: "gatsby-transformer-remark",
      options: {
        // Warns "unknown plugin options: engines" although it works: gatsbyjs/gatsby#38879
        engines: { yaml: parseFrontmatterYamlLeniently },
        footnotes: true,
        gfm: true,
        plugins: [
          // Local, in plugins/: a post's headings start at h2 under the page's h1.
          "gatsby-remark-heading-levels",
          {
            resolve: "gatsby-remark-autolink-headers",
            options: { elements: ["h2", "h3", "h4"], className: "anchor" },
          },
          // Local, in plugins/: each JPEG, PNG or WebP photo beside a post becomes a <picture>
          // of WebP and its own format at the text column's widths, encoded once into a cache
          // outside .cache/ (gatsby/photos/) and put under public/static/<key>/.
          "gatsby-remark-photos",
          // Local, in plugins/: width and height for the other images beside a post (GIF, SVG),
          // before copy-linked-files points them elsewhere.
          "gatsby-remark-image-size",
          {
            resolve: "gatsby-remark-copy-linked-files",
            // Every other file beside a post (GIF, SVG, PDF, MP4, ZIP, a link to a photo…) is
            // copied to public/static/<hash>/, which is cached for good as a new file gets a new
            // hash. Nothing is left out by extension: the photos gatsby-remark-photos handled
            // are HTML pointing at /static/ by now, which it leaves alone.
            options: { destinationDir: "static", ignoreFileExtensions: [] },
          },
          // Local, in plugins/: $…$ and $$…$$ as KaTeX's HTML and MathML, at build time. After
          // the heading anchors, which slug a heading's TeX rather than KaTeX's markup, and
          // after copy-linked-files, which would parse each equation's HTML for links.
          "gatsby-remark-math",
          {
            resolve: "gatsby-remark-prismjs",
            options: {
              noInlineHighlight: true,
              aliases: { sh: "bash", zsh: "bash" },
            },
          },
          "gatsby-remark-external-links",
        ],
      },
    },
    {
      resolve: "gatsby-plugin-feed",
      options: {
        query: `{ site { siteMetadata { title description siteUrl } } }`,
        feeds: [
          {
            query: feedQuery,
            serialize: ({ query }: { query: { feedPosts: FeedNode[] } }) =>
              feedItems(query.feedPosts, siteRoot),
            output: "/rss.xml",
            title: blogConfig.title,
            site_url: `${siteRoot}/`,
            feed_url: `${siteRoot}/rss.xml`,
            language: blogConfig.language,
          },
        ],
      },
    },
    {
      resolve: "gatsby-plugin-sitemap",
      options: {
        // A renamed post's old paths (frontmatter `aliases`) only send readers on: search
        // engines are given the post itself.
        query: `{
          site { siteMetadata { siteUrl } }
          allSitePage(filter: { component: { ne: ${JSON.stringify(redirectTemplate)} } }) {
            nodes { path }
          }
        }`,
      },
    },
    {
      resolve: "gatsby-plugin-robots-txt",
      options: {
        host: blogConfig.siteUrl,
        sitemap: `${siteRoot}/sitemap-index.xml`,
        policy: [{ userAgent: "*", allow: "/" }],
      },
    },
    {
      resolve: "gatsby-plugin-manifest",
      options: {
        name: blogConfig.title,
        short_name: blogConfig.title,
        description: blogConfig.description,
        lang: blogConfig.language,
        start_url: "/",
        background_color: "#ffffff",
        theme_color: "#0a58ca",
        display: "minimal-ui",
        icon: "src/images/icon.png",
      },
    },
  ],
};

export default config;
