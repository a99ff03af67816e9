import {
  postFieldsSelection,
  typeDefs,
} from "../../gatsby/createSchemaCustomization";
import { sourcePost } from "../helpers/posts";

function fieldsOf(typeName: string): string[] {
  const body = new RegExp(
    `type ${typeName} @dontInfer \\{([^}]*)\\}`,
    "u",
  ).exec(typeDefs)?.[1];
  if (body === undefined) throw new Error(`${typeName} is not declared`);
  return [...body.matchAll(/^\s*(\w+):/gmu)].map((m) => m[1] ?? "").sort();
}

describe("the GraphQL types match the TypeScript ones", () => {
  test("PostFields declares exactly the keys a read post has", () => {
    const post = sourcePost("x", { tags: ["a"] }).post;
    expect(fieldsOf("PostFields")).toEqual(Object.keys(post).sort());
  });

  test("Term and PostProblem declare exactly their keys", () => {
    const term = sourcePost("x").post.category;
    expect(fieldsOf("Term")).toEqual(Object.keys(term ?? {}).sort());
    expect(fieldsOf("PostProblem")).toEqual([
      "expected",
      "field",
      "file",
      "value",
    ]);
  });
});

test("the queries' selection of PostFields asks for every field", () => {
  const topLevel = postFieldsSelection
    .replace(/\{[^}]*\}/gu, "")
    .split(/\s+/u)
    .filter(Boolean);
  expect(topLevel.sort()).toEqual(Object.keys(sourcePost("x").post).sort());
});
