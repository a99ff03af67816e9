import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { readPost } from "../../src/content/readPost";
import {
  searchFilesFor,
  type SearchFile,
  type SourceMarkdown,
} from "../../src/search/buildIndex";
import { createSearchClient, type SearchClient } from "../../src/search/client";

/** Posts of the markdown files in `dirs`, read the way the build reads them. */
export function readMarkdownDirs(dirs: string[]): SourceMarkdown[] {
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((file) => file.endsWith(".md"))
      .map((file) => {
        const source = readFileSync(path.join(dir, file), "utf8");
        const result = readPost(source, file, "Asia/Seoul");
        if (!result.ok) throw new Error(JSON.stringify(result.problems));
        const { content } = matter(source, { engines: { yaml: () => ({}) } });
        return { post: result.post, markdown: content };
      }),
  );
}

export const searchFixtureDirs = [
  path.resolve("__tests__/fixtures/search"),
  path.resolve("__tests__/fixtures/corpus"),
];

/** A search client over in-memory files, recording which ones it fetched. */
export function memoryClient(files: SearchFile[]): {
  client: SearchClient;
  fetched: string[];
} {
  const byPath = new Map(files.map((file) => [file.path, file.content]));
  const fetched: string[] = [];
  const client = createSearchClient(async (file) => {
    fetched.push(file);
    const content = byPath.get(file);
    if (content === undefined) throw new Error(`404 ${file}`);
    return JSON.parse(content);
  });
  return { client, fetched };
}

export function fixtureClient() {
  return memoryClient(
    searchFilesFor(readMarkdownDirs(searchFixtureDirs), false),
  );
}
