import type { GatsbyNode } from "gatsby";

/**
 * The GraphQL side of `PostFields` (src/content/readPost.ts), declared rather than inferred so a field
 * that no post happens to have still exists, and a query never sees a type guessed from data.
 * __tests__/gatsby/createSchemaCustomization.test.ts keeps the two in step.
 */
export const typeDefs = `
  type MarkdownRemark implements Node {
    fields: MarkdownRemarkFields
  }

  type MarkdownRemarkFields @dontInfer {
    sourceFile: String!
    post: PostFields
    problems: [PostProblem!]!
  }

  type PostFields @dontInfer {
    url: String!
    kind: String!
    title: String!
    date: String!
    timestamp: String!
    updated: String
    category: Term
    tags: [Term!]!
    description: String
    draft: Boolean!
    excerpt: String!
    readingMinutes: Int!
  }

  type Term @dontInfer {
    name: String!
    slug: String!
    url: String!
  }

  type PostProblem @dontInfer {
    file: String!
    field: String!
    value: String!
    expected: String!
  }
`;

/**
 * Every field of PostFields, for the Node API queries that read whole posts (createPages, the
 * search index): one selection beside the type, so a new field is added in one place.
 */
export const postFieldsSelection = `
  url kind title date timestamp updated description draft excerpt readingMinutes
  category { name slug url }
  tags { name slug url }
`;

export const createSchemaCustomization: GatsbyNode["createSchemaCustomization"] =
  ({ actions }) => {
    actions.createTypes(typeDefs);
  };
