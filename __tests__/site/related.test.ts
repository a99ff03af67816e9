import { planSite, byNewest } from "../../src/site/plan";
import { relatedPosts } from "../../src/site/related";
import type { PostPageContext } from "../../src/site/types";
import { day, planOptions, sourcePost } from "../helpers/posts";

/** The related posts of each post, by id (the helper's posts live at /<id>/). */
function relatedIds(posts: ReturnType<typeof sourcePost>[]) {
  const related = relatedPosts([...posts].sort(byNewest));
  return (id: string) =>
    (related.get(id) ?? []).map((post) => post.url.slice(1, -1));
}

describe("related posts", () => {
  const posts = [
    sourcePost("k8s-1", {
      date: day(1),
      category: "Dev",
      tags: ["k8s", "docker", "aws"],
    }),
    sourcePost("k8s-2", {
      date: day(2),
      category: "Dev",
      tags: ["k8s", "docker"],
    }),
    sourcePost("k8s-3", {
      date: day(3),
      category: "일상",
      tags: ["k8s", "docker", "aws"],
    }),
    sourcePost("docker", { date: day(4), category: "Dev", tags: ["docker"] }),
    sourcePost("jeju", { date: day(5), category: "일상", tags: ["제주"] }),
    sourcePost("seoul", { date: day(6), category: "일상" }),
    sourcePost("newest", { date: day(7), category: "책" }),
    sourcePost("draft", {
      date: day(8),
      category: "Dev",
      tags: ["k8s", "docker", "aws"],
      draft: true,
    }),
    sourcePost("about", { type: "page", category: undefined, tags: ["k8s"] }),
  ];
  const of = relatedIds(posts);

  test("the most tags in common first, then the same category, then the newest", () => {
    // k8s-3 shares all three tags, k8s-2 two, docker one.
    expect(of("k8s-1")).toEqual(["k8s-3", "k8s-2", "docker"]);
    // From k8s-3: k8s-1 shares three (in another category, still first), k8s-2 two.
    expect(of("k8s-3")).toEqual(["k8s-1", "k8s-2", "docker"]);
  });

  test("with equal tags, the same category wins over a newer post", () => {
    // docker shares one tag with each k8s post; k8s-1 and k8s-2 are in its category (Dev),
    // k8s-3 is newer but in 일상.
    expect(of("docker")).toEqual(["k8s-2", "k8s-1", "k8s-3"]);
  });

  test("a post with no tag in common gets its category's newest, then the site's newest", () => {
    expect(of("jeju")).toEqual(["seoul", "k8s-3", "newest"]);
    expect(of("newest")).toEqual(["seoul", "jeju", "docker"]);
  });

  test("never the post itself, a draft or a standalone page", () => {
    for (const post of posts) {
      const related = of(post.id);
      expect(related).not.toContain(post.id);
      expect(related).not.toContain("draft");
      expect(related).not.toContain("about");
      if (post.post.kind === "post" && !post.post.draft)
        expect(related).toHaveLength(3);
    }
  });

  test("the same answer whatever order the posts come in", () => {
    const shuffled = relatedIds([...posts].reverse());
    for (const post of posts) expect(shuffled(post.id)).toEqual(of(post.id));
  });

  test("a site of one post has nothing to relate", () => {
    expect(relatedIds([sourcePost("only")])("only")).toEqual([]);
  });

  test("each post page carries them, with title and date", () => {
    const { pages } = planSite(posts, { ...planOptions, postsPerPage: 5 });
    const page = pages.find((p) => p.path === "/jeju/");
    const context = page?.context as PostPageContext;
    expect(context.related[0]).toEqual({
      title: "Post seoul",
      url: "/seoul/",
      date: day(6),
    });
  });
});

/** The rule itself, by brute force over all pairs: what relatedPosts must agree with. */
function bruteForce(posts: ReturnType<typeof sourcePost>[]) {
  const listed = [...posts]
    .sort(byNewest)
    .filter((p) => p.post.kind === "post" && !p.post.draft);
  return (id: string) => {
    const self = listed.find((p) => p.id === id);
    if (!self) return [];
    const tags = new Set(self.post.tags.map((t) => t.url));
    const score = (p: (typeof listed)[number]) => [
      p.post.tags.filter((t) => tags.has(t.url)).length,
      Number(
        self.post.category !== null &&
          p.post.category?.url === self.post.category.url,
      ),
    ];
    return listed
      .map((p, i) => ({ p, i, s: score(p) }))
      .filter(({ p }) => p.id !== id)
      .sort(
        (a, b) =>
          (b.s[0] ?? 0) - (a.s[0] ?? 0) ||
          (b.s[1] ?? 0) - (a.s[1] ?? 0) ||
          a.i - b.i,
      )
      .slice(0, 3)
      .map(({ p }) => p.id);
  };
}

test("agrees with the rule checked pair by pair, on blogs with common and rare tags", () => {
  let seed = 7;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  for (const size of [5, 40, 200]) {
    const posts = Array.from({ length: size }, (_, i) =>
      sourcePost(`p${i}`, {
        date: day(1 + Math.floor(random() * 28)),
        category: ["Dev", "일상", "책"][Math.floor(random() * 3)],
        // "TIL" is on most posts (the wide-tag path); the others are rarer.
        tags: [
          ...(random() < 0.9 ? ["TIL"] : []),
          ...["k8s", "aws", "제주", "react", "go"].filter(() => random() < 0.3),
        ],
        ...(random() < 0.05 ? { draft: true } : {}),
        ...(random() < 0.05 ? { type: "page" } : {}),
      }),
    );
    const expected = bruteForce(posts);
    const actual = relatedIds(posts);
    for (const post of posts)
      if (post.post.kind === "post" && !post.post.draft)
        expect([post.id, actual(post.id)]).toEqual([
          post.id,
          expected(post.id),
        ]);
  }
});
