import path from "node:path";
import type { GatsbyConfig } from "gatsby";
import { parseFrontmatterYamlLeniently } from "./src/lib/post";
import { siteSettings } from "./src/lib/siteSettings";

const config: GatsbyConfig = {
  siteMetadata: {
    title: siteSettings.title,
    description: siteSettings.description,
    author: siteSettings.author,
    siteUrl: siteSettings.siteUrl,
    language: siteSettings.language,
  },
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
        engines: { yaml: parseFrontmatterYamlLeniently },
        plugins: [
          {
            resolve: "gatsby-remark-images",
            options: {
              maxWidth: 720,
              withWebp: true,
              linkImagesToOriginal: false,
            },
          },
        ],
      },
    },
    "gatsby-plugin-sharp",
  ],
};

export default config;
