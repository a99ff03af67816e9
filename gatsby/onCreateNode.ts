import { existsSync } from "node:fs";
import path from "node:path";
import type { GatsbyNode } from "gatsby";
import { readPost } from "../src/content/readPost";
import { previewImageProblem } from "../src/authoring/previewImage";
import { findMarkdownRefs } from "../src/authoring/markdownRefs";
import { missingFiles } from "../src/authoring/filesBeside";
import { blogConfig } from "../blog.config";

/**
 * Validates every markdown post as Gatsby reads it and stores the result on its node: the
 * normalized `fields.post`, or `fields.problems`. Storing (rather than throwing or keeping a
 * module-level list) lets createPages report every bad file of the run at once, and keeps the
 * report true for posts a warm build restores from the cache without calling this again.
 */
export const onCreateNode: GatsbyNode["onCreateNode"] = async ({
  node,
  getNode,
  loadNodeContent,
  actions,
}) => {
  if (node.internal.type !== "MarkdownRemark" || !node.parent) return;
  const file = getNode(node.parent);
  if (
    !file ||
    file.internal.type !== "File" ||
    typeof file.absolutePath !== "string"
  )
    return;
  // The raw file, not transformer-remark's frontmatter: that one has turned dates into UTC
  // strings and skipped the YAML errors we want to report (see parseFrontmatterYamlLeniently).
  const source = await loadNodeContent(file);
  const sourceFile = path
    .relative(process.cwd(), file.absolutePath)
    .split(path.sep)
    .join("/");
  const result = readPost(source, sourceFile, blogConfig.timeZone);
  // The same questions `npm run check` asks, so both name the same missing files. The post
  // itself is kept: `gatsby develop` goes on showing it while the file is found.
  const exists = (file: string) => existsSync(path.resolve(file));
  const missing = missingFiles(sourceFile, findMarkdownRefs(source), exists);
  const imageProblem = result.ok
    ? previewImageProblem(result.post.image, sourceFile, exists)
    : null;
  if (imageProblem) missing.unshift(imageProblem);
  actions.createNodeField({ node, name: "sourceFile", value: sourceFile });
  actions.createNodeField({
    node,
    name: "post",
    value: result.ok ? result.post : null,
  });
  actions.createNodeField({
    node,
    name: "problems",
    value: [...(result.ok ? [] : result.problems), ...missing],
  });
};
