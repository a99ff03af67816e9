import { blogConfig } from "../../../blog.config";
import { formatPostDate } from "../../content/dates";
import { localeOf } from "../../site/uiText";
import {
  cardImage,
  postCardSpec,
  siteCardSpec,
  type CardSpec,
  type PreviewImage,
} from "./cardSpec";

/**
 * The preview card of this blog's pages, from its settings: what a page's head links and what
 * the card job (gatsby/previewCards/previewCards.ts) draws are computed here, once.
 */

export interface CardPost {
  title: string;
  date: string;
  lang?: string | null;
  category?: { name: string } | null;
}

export const siteCard = (): CardSpec => siteCardSpec(blogConfig);

export function postCard(post: CardPost): CardSpec {
  const language = post.lang === "en" || post.lang === "ko" ? post.lang : null;
  const date = formatPostDate(
    post.date,
    localeOf(language ?? blogConfig.language),
    blogConfig.timeZone,
  );
  return postCardSpec(
    { title: post.title, category: post.category?.name ?? null, date },
    blogConfig,
    language,
  );
}

let site: PreviewImage | undefined;
/** The same for every page of a build: made once. */
export const sitePreviewImage = (): PreviewImage =>
  (site ??= cardImage(siteCard()));

/** A post's picture in link previews: the author's own `image`, else its generated card. */
export const postPreviewImage = (
  post: CardPost,
  own?: PreviewImage | null,
): PreviewImage => own ?? cardImage(postCard(post));
