import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { typeDefs } from "../../gatsby/createSchemaCustomization";
import { graphqlTypeDefs, selectionOf } from "../../gatsby/graphqlFromZod";
import { postSchema } from "../../src/content/postSchema";
import { readPost } from "../../src/content/readPost";
import { sourcePost } from "../helpers/posts";

function fieldsOf(typeName: string): string[] {
  const body = new RegExp(
    `type ${typeName} @dontInfer \\{([^}]*)\\}`,
    "u",
  ).exec(typeDefs)?.[1];
  if (body === undefined) throw new Error(`${typeName} is not declared`);
  return [...body.matchAll(/^\s*(\w+):/gmu)].map((m) => m[1] ?? "").sort();
}

describe("the GraphQL types are the stored post's", () => {
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

  test("every post of the sample blog and the fixtures is what the schema says", () => {
    const dirs = ["content/posts", "__tests__/fixtures/corpus"];
    const files = dirs.flatMap((dir) =>
      readdirSync(dir, { recursive: true })
        .map(String)
        .filter((file) => file.endsWith(".md"))
        .map((file) => path.join(dir, file)),
    );
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const result = readPost(readFileSync(file, "utf8"), file, "Asia/Seoul");
      if (!result.ok) throw new Error(`${file} does not read`);
      expect(postSchema.strict().parse(result.post)).toEqual(result.post);
    }
  });
});

describe("GraphQL from zod", () => {
  const tag = z.object({ name: z.string() });
  const named = {
    Sample: z.object({
      text: z.string(),
      maybe: z.string().nullable(),
      left: z.string().optional(),
      kind: z.enum(["a", "b"]),
      whole: z.number().int(),
      ratio: z.number(),
      flag: z.boolean(),
      list: z.array(z.string()),
      tags: z.array(tag),
      best: tag.nullable(),
      trimmed: z
        .string()
        .optional()
        .transform((v) => v?.trim())
        .pipe(z.string().optional()),
    }),
    Tag: tag,
  };

  test("maps each zod type, nullable only where the schema allows null or absence", () => {
    expect(graphqlTypeDefs(named)).toBe(
      [
        "type Sample @dontInfer {",
        "  text: String!",
        "  maybe: String",
        "  left: String",
        "  kind: String!",
        "  whole: Int!",
        "  ratio: Float!",
        "  flag: Boolean!",
        "  list: [String!]!",
        "  tags: [Tag!]!",
        "  best: Tag",
        "  trimmed: String",
        "}",
        "",
        "type Tag @dontInfer {",
        "  name: String!",
        "}",
      ].join("\n"),
    );
  });

  test("selects every field, and the fields of nested objects", () => {
    expect(selectionOf(named.Sample)).toBe(
      "text maybe left kind whole ratio flag list tags { name } best { name } trimmed",
    );
  });

  test("a field it cannot map is named, not guessed", () => {
    expect(() =>
      graphqlTypeDefs({ Post: z.object({ when: z.date() }) }),
    ).toThrow(/^Post\.when: no GraphQL type for a zod date/u);
    expect(() =>
      graphqlTypeDefs({ Post: z.object({ tag: z.object({ a: z.string() }) }) }),
    ).toThrow(/^Post\.tag: no GraphQL type for a zod object/u);
  });
});
