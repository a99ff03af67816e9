import { z } from "zod";

/**
 * GraphQL type definitions and selections written from zod schemas, so the post's stored shape
 * (src/content/postSchema.ts) is declared once and its GraphQL side cannot drift from it.
 * Hand-written because it covers only what a stored post holds (text, numbers, booleans,
 * enums, lists and named objects); the maintained converters target other GraphQL servers.
 */

/** Object schemas that become GraphQL types, by the name each gets. */
export type NamedObjects = Record<string, z.ZodObject>;

interface Shape {
  type: string;
  nullable: boolean;
}

type Schema = z.core.$ZodType;

/** What a wrapper (nullable, optional, default, a pipe's output) wraps; null for the rest. */
function inner(schema: Schema): Schema | null {
  if (
    schema instanceof z.core.$ZodNullable ||
    schema instanceof z.core.$ZodOptional ||
    schema instanceof z.core.$ZodDefault
  )
    return schema._zod.def.innerType;
  // A rule that transforms gives its stored type as the pipe's output schema.
  if (schema instanceof z.core.$ZodPipe) return schema._zod.def.out;
  return null;
}

function shapeOf(schema: Schema, named: NamedObjects, at: string): Shape {
  const wrapped = inner(schema);
  if (wrapped) {
    const shape = shapeOf(wrapped, named, at);
    return schema instanceof z.core.$ZodPipe
      ? shape
      : { ...shape, nullable: true };
  }
  // An ISO 8601 instant is Gatsby's Date: queries can then filter it by order (lte, gt…).
  if (schema instanceof z.core.$ZodISODateTime)
    return { type: "Date", nullable: false };
  if (schema instanceof z.core.$ZodString || schema instanceof z.core.$ZodEnum)
    return { type: "String", nullable: false };
  if (schema instanceof z.core.$ZodBoolean)
    return { type: "Boolean", nullable: false };
  if (schema instanceof z.ZodNumber)
    return { type: schema.isInt ? "Int" : "Float", nullable: false };
  if (schema instanceof z.core.$ZodArray) {
    const item = shapeOf(schema._zod.def.element, named, `${at}[]`);
    return {
      type: `[${item.type}${item.nullable ? "" : "!"}]`,
      nullable: false,
    };
  }
  const name = Object.keys(named).find((key) => named[key] === schema);
  if (name) return { type: name, nullable: false };
  throw new Error(
    `${at}: no GraphQL type for a zod ${schema._zod.def.type}; store text, numbers, booleans, enums, lists or a named object`,
  );
}

/** `type Name @dontInfer { field: Type! … }` for each named object schema. */
export function graphqlTypeDefs(named: NamedObjects): string {
  return Object.entries(named)
    .map(([name, schema]) => {
      const fields = Object.entries(schema.shape).map(([key, field]) => {
        const { type, nullable } = shapeOf(field, named, `${name}.${key}`);
        return `  ${key}: ${type}${nullable ? "" : "!"}`;
      });
      // Declared, not inferred: a field no post happens to have still exists.
      return `type ${name} @dontInfer {\n${fields.join("\n")}\n}`;
    })
    .join("\n\n");
}

function unwrapped(schema: Schema): Schema {
  const wrapped = inner(schema);
  if (wrapped) return unwrapped(wrapped);
  if (schema instanceof z.core.$ZodArray)
    return unwrapped(schema._zod.def.element);
  return schema;
}

/** Every field of an object schema as a GraphQL selection, nested objects included. */
export function selectionOf(schema: z.core.$ZodObject): string {
  return Object.entries(schema._zod.def.shape)
    .map(([key, field]) => {
      const value = unwrapped(field);
      return value instanceof z.core.$ZodObject
        ? `${key} { ${selectionOf(value)} }`
        : key;
    })
    .join(" ");
}
