import React from "react";
import { formatPostDate } from "../content/dates";
import { blogConfig } from "../../blog.config";
import { uiText } from "../site/uiText";

/**
 * The only place a date is formatted. `dateTime` carries the author's own value (`2019-04-17`,
 * or with its offset), never a UTC conversion that could name another day.
 */
export function FormattedDate({ date }: { date: string }) {
  return (
    <time dateTime={date}>
      {formatPostDate(date, uiText.locale, blogConfig.timeZone)}
    </time>
  );
}
