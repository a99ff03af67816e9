import type { HeadProps, PageProps } from "gatsby";
import React from "react";
import { absoluteUrl, pageTitle } from "../seo/metaTags";
import { canonicalUrl, pathPrefix } from "../components/siteUrls";
import { blogConfig } from "../../blog.config";
import { uiText } from "../site/uiText";
import type { RedirectContext } from "../site/types";

/**
 * A post's old path (frontmatter `aliases`), for hosts that cannot answer it with a 301 (GitHub
 * Pages) and for the moment before a server's rules are updated. The address it sends the reader
 * to is relative to the host, so a preview or a local server keeps the reader there; the
 * canonical link, for search engines, is the post's full URL.
 */
const target = (to: string): string => absoluteUrl(pathPrefix(), to);

export default function RedirectTemplate({
  pageContext,
}: PageProps<object, RedirectContext>) {
  return (
    <main className="redirect">
      <h1>{uiText.movedTitle}</h1>
      <p>
        {uiText.movedTo}{" "}
        <a href={target(pageContext.to)}>{pageContext.title}</a>
      </p>
    </main>
  );
}

export function Head({ pageContext }: HeadProps<object, RedirectContext>) {
  return (
    <>
      <title>{pageTitle(pageContext.title, blogConfig.title)}</title>
      <meta httpEquiv="refresh" content={`0; url=${target(pageContext.to)}`} />
      <link rel="canonical" href={canonicalUrl(pageContext.to)} />
      <meta name="robots" content="noindex" />
    </>
  );
}
