import path from "node:path";
import type { GatsbyNode } from "gatsby";
import { z } from "zod";
import { markdownFieldsSchema } from "../src/content/postSchema";
import { formatProblems, formatWarnings } from "../src/content/problems";
import { blogConfig } from "../blog.config";
import { planSite } from "../src/site/plan";
import { buildTime, isScheduled } from "../src/content/buildTime";
import { selectionOf } from "./graphqlFromZod";
import { handOverPosts, searchIndexJob } from "./search/searchIndex";
import {
  handOverPreviewCards,
  planPreviewCards,
} from "./previewCards/previewCards";
import { redirectTemplate } from "./redirectFiles";
import type { PlannedPage } from "../src/site/types";

const markdownNodes = z.object({
  allMarkdownRemark: z.object({
    nodes: z.array(
      z.object({ id: z.string(), fields: markdownFieldsSchema.nullable() }),
    ),
  }),
});

// No `limit` anywhere: every post gets its page (gatsby-starter-blog silently stopped at 1,000).
const query = `
  query CreatePages {
    allMarkdownRemark {
      nodes {
        id
        fields { ${selectionOf(markdownFieldsSchema)} }
      }
    }
  }
`;

const templates: Record<PlannedPage["template"], string> = {
  post: path.resolve("src/templates/PostTemplate.tsx"),
  page: path.resolve("src/templates/PageTemplate.tsx"),
  listing: path.resolve("src/templates/ListingTemplate.tsx"),
  termIndex: path.resolve("src/templates/TermIndexTemplate.tsx"),
  archive: path.resolve("src/templates/ArchiveTemplate.tsx"),
  redirect: redirectTemplate,
};

export const createPages: GatsbyNode["createPages"] = async ({
  graphql,
  actions,
  reporter,
  store,
}) => {
  const { data, errors } = await graphql(query);
  const parsed = markdownNodes.safeParse(data);
  if (errors || !parsed.success) {
    reporter.panicOnBuild(
      "Could not read the posts from GraphQL",
      errors ?? parsed.error,
    );
    return;
  }
  const nodes = parsed.data.allMarkdownRemark.nodes;
  const posts = nodes.flatMap(({ id, fields }) =>
    fields?.post ? [{ id, file: fields.sourceFile, post: fields.post }] : [],
  );
  const develop = process.env.NODE_ENV !== "production";
  const now = buildTime();
  const plan = planSite(posts, {
    now,
    postsPerPage: blogConfig.postsPerPage,
    includeDrafts: develop,
    language: blogConfig.language,
    timeZone: blogConfig.timeZone,
  });
  const problems = [
    ...nodes.flatMap(({ fields }) => fields?.problems ?? []),
    ...plan.problems,
  ];
  if (plan.warnings.length > 0) reporter.warn(formatWarnings(plan.warnings));
  const published = develop
    ? posts
    : posts.filter(({ post }) => !post.draft && !isScheduled(post, now));
  const cards = planPreviewCards(published, store.getState().program.directory);
  if (problems.length > 0 || cards.problems.length > 0) {
    // In `gatsby build` this ends the build with exit code 1; `gatsby develop` keeps serving the
    // good posts and runs this again once the file is saved.
    reporter.panicOnBuild(
      [
        ...(problems.length > 0 ? [formatProblems(problems)] : []),
        ...cards.problems,
      ].join("\n"),
    );
  }
  const counts = new Map<PlannedPage["template"], number>();
  for (const page of plan.pages) {
    const ownImage =
      page.template === "post" || page.template === "page"
        ? cards.ownImages.get(page.path)
        : undefined;
    actions.createPage({
      path: page.path,
      component: templates[page.template],
      context: ownImage ? { ...page.context, ownImage } : page.context,
    });
    counts.set(page.template, (counts.get(page.template) ?? 0) + 1);
  }
  const count = (template: PlannedPage["template"]) =>
    counts.get(template) ?? 0;
  reporter.info(
    `Created ${count("post")} post pages, ${count("page")} standalone pages and ` +
      `${count("listing") + count("termIndex") + count("archive")} listing pages from ${nodes.length} markdown files` +
      (count("redirect")
        ? `, and ${count("redirect")} pages at old paths`
        : ""),
  );
  // The search index is made from these same posts. The production build starts it in
  // onPreBuild; develop has no such step, and runs createPages again whenever a post changes,
  // so its search stays current — a moment after the page, which does not wait for it.
  if (!develop) handOverPreviewCards(cards.job);
  handOverPosts(
    searchIndexJob(
      develop ? posts : posts.filter(({ post }) => !isScheduled(post, now)),
      store.getState().program.directory,
      develop,
    ),
    develop,
    reporter,
  );
};
