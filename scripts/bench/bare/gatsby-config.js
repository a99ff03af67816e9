/** The bench's yardstick: markdown in, one page per post out, nothing else (scripts/bench/). */
module.exports = {
  plugins: [
    {
      resolve: "gatsby-source-filesystem",
      options: { name: "posts", path: `${process.cwd()}/content/posts` },
    },
    "gatsby-transformer-remark",
  ],
};
