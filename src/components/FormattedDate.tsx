import React from "react";
import { formatPostDate } from "../content/dates";
import { blogConfig } from "../../blog.config";
import { localeOf, uiText } from "../site/uiText";

/**
 * The only place a date is formatted. `dateTime` carries the author's own value (`2019-04-17`,
 * or with its offset), never a UTC conversion that could name another day.
 */
export function FormattedDate({
  date,
  language,
}: {
  date: string;
  /** A post's own language, when it is not the site's. */
  language?: "ko" | "en" | null;
}) {
  const locale = language ? localeOf(language) : uiText.locale;
  return (
    <time dateTime={date}>
      {formatPostDate(date, locale, blogConfig.timeZone)}
    </time>
  );
}
