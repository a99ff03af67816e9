import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { CreatePagesArgs } from "gatsby";
import type { PostFields } from "../src/lib/post";
import { searchFilesFor } from "../src/lib/search/buildIndex";
import { postFieldsSelection } from "./createSchemaCustomization";

interface SearchSourcesData {
  allMarkdownRemark: {
    nodes: Array<{
      rawMarkdownBody: string | null;
      fields: { post: PostFields | null } | null;
    }>;
  };
}

const query = `
  query SearchSources {
    allMarkdownRemark {
      nodes {
        rawMarkdownBody
        fields {
          post {
            ${postFieldsSelection}
          }
        }
      }
    }
  }
`;

/**
 * Writes the search index into public/search-index/ (src/lib/search/buildIndex.ts) as plain
 * files that no page links to or bundles: a reader's browser fetches them only on search.
 */
export async function writeSearchIndex(
  {
    graphql,
    reporter,
    store,
  }: Pick<CreatePagesArgs, "graphql" | "reporter" | "store">,
  includeDrafts: boolean,
): Promise<void> {
  const { data, errors } = await graphql<SearchSourcesData>(query);
  if (errors || !data) {
    reporter.panicOnBuild(
      "Could not read the posts for the search index",
      errors,
    );
    return;
  }
  const sources = data.allMarkdownRemark.nodes.flatMap(
    ({ fields, rawMarkdownBody }) =>
      fields?.post
        ? [{ post: fields.post, markdown: rawMarkdownBody ?? "" }]
        : [],
  );
  const started = performance.now();
  const files = searchFilesFor(sources, includeDrafts);
  const { directory } = store.getState().program;
  let bytes = 0;
  for (const file of files) {
    const target = path.join(directory, "public", file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.content);
    bytes += Buffer.byteLength(file.content);
  }
  reporter.info(
    `Search index: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}
