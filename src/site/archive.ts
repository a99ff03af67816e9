import { calendarDay } from "../content/dates";
import type { ArchiveYear, SourcePost } from "./types";

/**
 * Every listed post by year and month, newest first, each on the day it falls in the site's
 * time zone. `posts` must already be newest first; the grouping keeps that order.
 */
export function archiveOf(
  posts: readonly SourcePost[],
  timeZone: string,
): ArchiveYear[] {
  const years: ArchiveYear[] = [];
  for (const { post } of posts) {
    const { year, month } = calendarDay(post.date, timeZone);
    let y = years.at(-1);
    if (y?.year !== year) {
      y = { year, count: 0, months: [] };
      years.push(y);
    }
    let m = y.months.at(-1);
    if (m?.month !== month) {
      m = { month, posts: [] };
      y.months.push(m);
    }
    m.posts.push({ title: post.title, url: post.url, date: post.date });
    y.count += 1;
  }
  return years;
}
