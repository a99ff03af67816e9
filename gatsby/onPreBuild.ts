import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { CreatePagesArgs, GatsbyNode } from "gatsby";
import type { PostFields } from "../src/lib/post";
import { searchFilesFor } from "../src/lib/search/buildIndex";

interface SearchSourcesData {
  allMarkdownRemark: {
    nodes: Array<{
      rawMarkdownBody: string | null;
      fields: { post: PostFields | null } | null;
    }>;
  };
}

const term = "{ name slug url }";

const query = `
  query SearchSources {
    allMarkdownRemark {
      nodes {
        rawMarkdownBody
        fields {
          post {
            url kind title date timestamp updated description draft excerpt readingMinutes
            category ${term}
            tags ${term}
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

/**
 * `gatsby build` writes the index before the pages, as the posts are all known by then and
 * gatsby/onPostBuild.ts belongs to the pages' HTML. Drafts are left out, as of every page.
 * (`gatsby develop` writes it from gatsby/createPages.ts, drafts included.)
 */
export const onPreBuild: GatsbyNode["onPreBuild"] = (args) =>
  writeSearchIndex(args, false);
