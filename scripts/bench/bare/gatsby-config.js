/** The bench's yardstick: markdown in, one page per post out, nothing else (scripts/bench/). */
const images = process.env.BENCH_BARE_IMAGES === "1";

module.exports = {
  plugins: [
    {
      resolve: "gatsby-source-filesystem",
      options: { name: "posts", path: `${process.cwd()}/content/posts` },
    },
    // For the photo posts (npm run bench -- --photos N): gatsby-remark-images with its defaults.
    images
      ? {
          resolve: "gatsby-transformer-remark",
          options: { plugins: ["gatsby-remark-images"] },
        }
      : "gatsby-transformer-remark",
    ...(images ? ["gatsby-plugin-sharp"] : []),
  ],
};
