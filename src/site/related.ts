import { pathKey } from "./paths";
import type { RelatedPost, SourcePost } from "./types";

/** How many related posts a post shows. */
export const RELATED_COUNT = 3;

/**
 * Up to three posts to read next, for every post at once: the most tags in common first, then
 * the same category, then the newest — never the post itself, a draft or a standalone page.
 * `listed` is the site's posts newest first (the plan's order, itself deterministic), so a
 * post's place in it breaks every tie the same way on every build.
 *
 * Candidates come from each tag's list of posts, never from a loop over all pairs of posts: the
 * work grows with how many posts share tags, and a counter per post is reused between posts
 * (docs/benchmarks.md, "Related posts").
 */
export function relatedPosts(
  listed: readonly SourcePost[],
): Map<string, RelatedPost[]> {
  const posts = listed.filter(
    (p) => !p.post.draft && !p.scheduled && p.post.kind === "post",
  );
  // Terms by number, once: the loop below compares numbers, not URLs.
  const ids = new Map<string, number>();
  const idOf = (url: string) => {
    const key = pathKey(url);
    const known = ids.get(key);
    if (known !== undefined) return known;
    ids.set(key, ids.size);
    return ids.size - 1;
  };
  const tagsOf = posts.map(({ post }) => post.tags.map((t) => idOf(t.url)));
  const categoryOf = posts.map(({ post }) =>
    post.category ? idOf(post.category.url) : -1,
  );
  const postsWith = new Map<number, number[]>();
  const add = (term: number, i: number) => {
    const list = postsWith.get(term);
    if (list) list.push(i);
    else postsWith.set(term, [i]);
  };
  tagsOf.forEach((tags, i) => tags.forEach((tag) => add(tag, i)));
  categoryOf.forEach((category, i) => {
    if (category >= 0) add(category, i);
  });

  // A post's widest tag, when many posts have it, is not counted post by post: a bitmap says
  // who has it, and only the best few of those who share nothing else are looked at.
  const bitmaps = new Map<number, Uint8Array>();
  const bitmapOf = (tag: number, list: readonly number[]) => {
    let bits = bitmaps.get(tag);
    if (!bits) {
      bits = new Uint8Array(posts.length);
      for (const i of list) bits[i] = 1;
      bitmaps.set(tag, bits);
    }
    return bits;
  };
  const manyPosts = posts.length / 16;

  const shared = new Int32Array(posts.length);
  const touched: number[] = [];
  const related = new Map<string, RelatedPost[]>();
  posts.forEach(({ id }, self) => {
    touched.length = 0;
    const listOf = (tag: number) => postsWith.get(tag) ?? [];
    const tags = [...(tagsOf[self] ?? [])].sort(
      (a, b) => listOf(a).length - listOf(b).length,
    );
    const widest = tags.at(-1);
    let wide: { list: readonly number[]; has: Uint8Array } | null = null;
    if (widest !== undefined && listOf(widest).length > manyPosts) {
      tags.pop();
      wide = { list: listOf(widest), has: bitmapOf(widest, listOf(widest)) };
    }
    for (const tag of tags)
      for (const other of listOf(tag)) {
        if (other === self) continue;
        if (shared[other] === 0) touched.push(other);
        shared[other] = (shared[other] ?? 0) + 1;
      }
    if (wide)
      for (const i of touched)
        shared[i] = (shared[i] ?? 0) + (wide.has[i] ?? 0);
    const category = categoryOf[self] ?? -1;
    const sameCategory = (i: number) =>
      category >= 0 && categoryOf[i] === category ? 1 : 0;
    // Better first: more shared tags, then the same category, then newer (a lower index).
    const better = (a: number, b: number) =>
      (shared[a] ?? 0) - (shared[b] ?? 0) ||
      sameCategory(a) - sameCategory(b) ||
      b - a;
    const chosen: number[] = [];
    const offer = (i: number) => {
      if (i === self || chosen.includes(i)) return;
      let at = chosen.length;
      while (at > 0 && better(i, chosen[at - 1] ?? 0) > 0) at--;
      if (at >= RELATED_COUNT) return;
      chosen.splice(at, 0, i);
      if (chosen.length > RELATED_COUNT) chosen.pop();
    };
    for (const i of touched) {
      // Most candidates lose to the last one chosen on their count alone: skip them cheaply.
      const last = chosen[RELATED_COUNT - 1];
      if (last !== undefined && (shared[i] ?? 0) < (shared[last] ?? 0))
        continue;
      offer(i);
    }
    const categoryPosts = category >= 0 ? (postsWith.get(category) ?? []) : [];
    if (wide) {
      // Posts sharing only the wide tag count one each: the best of them are the newest of the
      // category that have it, then the newest that have it.
      const offerOnlyWide = (
        list: readonly number[],
        wanted: (i: number) => boolean,
      ) => {
        let offered = 0;
        for (const i of list) {
          if (offered >= RELATED_COUNT) break;
          if (i === self || shared[i] !== 0 || !wanted(i)) continue;
          shared[i] = 1;
          touched.push(i);
          offer(i);
          offered++;
        }
      };
      offerOnlyWide(categoryPosts, (i) => wide.has[i] === 1);
      offerOnlyWide(wide.list, () => true);
    }
    // Too few with a tag in common: the newest of the category, then the newest of all.
    for (const i of categoryPosts) {
      if (chosen.length >= RELATED_COUNT) break;
      offer(i);
    }
    for (let i = 0; i < posts.length && chosen.length < RELATED_COUNT; i++)
      offer(i);
    for (const i of touched) shared[i] = 0;
    related.set(
      id,
      chosen.flatMap((i) => {
        const other = posts[i]?.post;
        return other
          ? [{ title: other.title, url: other.url, date: other.date }]
          : [];
      }),
    );
  });
  return related;
}
