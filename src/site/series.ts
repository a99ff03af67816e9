import type { SeriesPlace, SourcePost } from "./types";

/**
 * Each post's place in its series: the series' posts oldest first (`listed` is newest first, in
 * the plan's deterministic order), and where this one stands. `listed` already holds only what
 * is published (drafts in develop only) and shows each series in its one spelling.
 */
export function seriesPlaces(
  listed: readonly SourcePost[],
): Map<string, SeriesPlace> {
  const bySeries = new Map<string, SourcePost[]>();
  for (const source of listed) {
    const series = source.post.series;
    if (!series) continue;
    const posts = bySeries.get(series.url) ?? [];
    posts.push(source);
    bySeries.set(series.url, posts);
  }
  const places = new Map<string, SeriesPlace>();
  for (const newestFirst of bySeries.values()) {
    const posts = [...newestFirst].reverse();
    const series = posts[0]?.post.series;
    if (!series) continue;
    const links = posts.map(({ post }) => ({
      title: post.title,
      url: post.url,
    }));
    posts.forEach(({ id }, index) =>
      places.set(id, {
        name: series.name,
        url: series.url,
        posts: links,
        index,
      }),
    );
  }
  return places;
}
