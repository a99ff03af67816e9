import { graphql, type HeadProps, type PageProps } from "gatsby";
import React from "react";
import { FormattedDate } from "../components/FormattedDate";
import { Layout } from "../components/Layout";
import { PostBody } from "../components/post/PostBody";
import { PostNav } from "../components/post/PostNav";
import { Profile } from "../components/Profile";
import { blogConfig } from "../../blog.config";
import { RelatedPosts } from "../components/post/RelatedPosts";
import { ShareLinks } from "../components/post/ShareLinks";
import { Comments } from "../components/post/Comments";
import { EditLink } from "../components/post/EditLink";
import { editUrl } from "../site/editUrl";
import { SeriesBox, SeriesNav } from "../components/post/SeriesBox";
import { canonicalUrl } from "../components/siteUrls";
import { Seo } from "../components/Seo";
import { MathStylesheet } from "../components/post/MathStylesheet";
import { TableOfContents } from "../components/post/TableOfContents";
import { TermLinks } from "../components/TermLinks";
import { tableOfContents, tocSize } from "../content/toc";
import { languageOf, uiText } from "../site/uiText";
import type { PostPageContext } from "../site/types";
import { postPreviewImage } from "../seo/card/previewImages";

type Props = PageProps<Queries.PostTemplateQuery, PostPageContext>;

/** A table of contents earns its space from three headings on. */
const TOC_MIN_HEADINGS = 3;

export default function PostTemplate({ data, pageContext }: Props) {
  const node = data.markdownRemark;
  const post = node?.fields?.post;
  if (!node || !post) return null;
  const html = node.html ?? "";
  const toc = tableOfContents(html, 4);
  return (
    <Layout>
      <article className="post" lang={post.lang ?? undefined}>
        <header className="post-header">
          <h1>
            {post.title}
            {post.draft && <span className="badge"> {uiText.draft}</span>}
            {pageContext.scheduled && (
              <span className="badge"> {uiText.scheduled}</span>
            )}
          </h1>
          <p className="post-meta">
            <FormattedDate date={post.date} language={languageOf(post.lang)} />
            {post.updated && (
              <>
                {" · "}
                {uiText.updated}{" "}
                <FormattedDate
                  date={post.updated}
                  language={languageOf(post.lang)}
                />
              </>
            )}
            {" · "}
            <span
              aria-label={`${uiText.readingTimeLabel} ${uiText.readingTime(post.readingMinutes)}`}
            >
              {uiText.readingTime(post.readingMinutes)}
            </span>
          </p>
          <TermLinks category={post.category} tags={post.tags} />
        </header>
        {pageContext.series && <SeriesBox series={pageContext.series} />}
        {tocSize(toc) >= TOC_MIN_HEADINGS && <TableOfContents entries={toc} />}
        <PostBody html={html} />
        {pageContext.series && <SeriesNav series={pageContext.series} />}
      </article>
      {blogConfig.repository && node.fields?.sourceFile && (
        <EditLink
          href={editUrl(blogConfig.repository, node.fields.sourceFile)}
        />
      )}
      <ShareLinks url={canonicalUrl(post.url)} title={post.title} />
      {blogConfig.profile && <Profile profile={blogConfig.profile} compact />}
      <RelatedPosts posts={pageContext.related} />
      <PostNav previous={pageContext.previous} next={pageContext.next} />
      {blogConfig.comments && (
        <Comments giscus={blogConfig.comments.giscus} path={post.url} />
      )}
    </Layout>
  );
}

export function Head({
  data,
  location,
  pageContext,
}: HeadProps<Queries.PostTemplateQuery, PostPageContext>) {
  const post = data.markdownRemark?.fields?.post;
  if (!post) return null;
  return (
    <>
      <Seo
        title={post.title}
        description={post.description ?? post.excerpt}
        path={location.pathname}
        image={postPreviewImage(post, pageContext.ownImage)}
        language={languageOf(post.lang)}
        article={{
          datePublished: post.date,
          dateModified: post.updated,
          category: post.category?.name,
          tags: post.tags.map((tag) => tag.name),
        }}
        breadcrumbs={[
          ...(post.category
            ? [{ name: post.category.name, path: post.category.url }]
            : []),
          { name: post.title, path: location.pathname },
        ]}
      />
      <MathStylesheet html={data.markdownRemark?.html} />
    </>
  );
}

export const query = graphql`
  query PostTemplate($id: String!) {
    markdownRemark(id: { eq: $id }) {
      # Only html: the table of contents is read from it (src/content/toc.ts explains why).
      html
      fields {
        sourceFile
        post {
          title
          url
          lang
          date
          updated
          draft
          description
          excerpt
          readingMinutes
          category {
            name
            url
          }
          tags {
            name
            url
          }
        }
      }
    }
  }
`;
