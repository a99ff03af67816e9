const path = require("node:path");

/** One page per post at its frontmatter `path`, as the blog publishes it. */
exports.createPages = async ({ graphql, actions, reporter }) => {
  const result = await graphql(`
    {
      allMarkdownRemark {
        nodes {
          id
          frontmatter {
            path
          }
        }
      }
    }
  `);
  if (result.errors) {
    reporter.panicOnBuild("Could not query the posts", result.errors);
    return;
  }
  const component = path.resolve("src/templates/post.js");
  for (const node of result.data.allMarkdownRemark.nodes) {
    actions.createPage({
      path: node.frontmatter.path,
      component,
      context: { id: node.id },
    });
  }
};
