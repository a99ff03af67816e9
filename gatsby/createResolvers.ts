import type { GatsbyNode } from "gatsby";
import { buildTime } from "../src/content/buildTime";

/**
 * `feedPosts(limit)`: the newest published posts, newest first, for the feed (gatsby-config.ts).
 * Scheduled posts (dated after the build's moment: src/content/buildTime.ts) and drafts are left
 * out. The moment is read when the query runs instead of being written into the feed's query:
 * Gatsby copies every plugin's options into the HTML renderer, and a query holding the build's
 * time made each build's renderer differ from the last, so every page was rendered again in
 * every build.
 */
export const createResolvers: GatsbyNode["createResolvers"] = ({
  createResolvers: addResolvers,
}) => {
  addResolvers({
    Query: {
      feedPosts: {
        type: ["MarkdownRemark!"],
        args: { limit: "Int!" },
        resolve: async (
          _source: unknown,
          args: { limit: number },
          context: {
            nodeModel: {
              findAll(
                options: unknown,
              ): Promise<{ entries: Iterable<unknown> }>;
            };
          },
        ) => {
          const { entries } = await context.nodeModel.findAll({
            type: "MarkdownRemark",
            query: {
              filter: {
                fields: {
                  post: {
                    kind: { eq: "post" },
                    draft: { eq: false },
                    timestamp: { lte: buildTime() },
                  },
                },
              },
              sort: { fields: { post: { timestamp: "DESC" } } },
              limit: args.limit,
            },
          });
          return Array.from(entries);
        },
      },
    },
  });
};
