import type { GatsbyNode } from "gatsby";
import {
  markdownFieldsSchema,
  postSchema,
  termSchema,
} from "../src/content/postSchema";
import { problemSchema } from "../src/content/problems";
import { graphqlTypeDefs } from "./graphqlFromZod";

/**
 * The GraphQL types of what gatsby/onCreateNode.ts stores, written from their zod schemas
 * (src/content/postSchema.ts) and declared rather than inferred, so a field no post happens to
 * have still exists and a query never sees a type guessed from data.
 */
export const typeDefs = `
type MarkdownRemark implements Node {
  fields: MarkdownRemarkFields
}

${graphqlTypeDefs({
  MarkdownRemarkFields: markdownFieldsSchema,
  PostFields: postSchema,
  Term: termSchema,
  PostProblem: problemSchema,
})}
`;

export const createSchemaCustomization: GatsbyNode["createSchemaCustomization"] =
  ({ actions }) => {
    actions.createTypes(typeDefs);
  };
