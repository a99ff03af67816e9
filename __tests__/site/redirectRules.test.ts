import { planSite } from "../../src/site/plan";
import {
  netlifyRedirects,
  nginxRedirectMap,
  redirectsOf,
} from "../../src/site/redirectRules";
import { planOptions, sourcePost } from "../helpers/posts";

const renamed = sourcePost("2024-06-20-hangul-urls", {
  title: "한글 주소",
  aliases: ["/옛날-주소", "/2018/12/old-post"],
});

describe("a renamed post's old paths", () => {
  test("each gets a page sending the reader on to the post, after every post's own page", () => {
    const { pages, problems } = planSite([renamed], planOptions);
    expect(problems).toEqual([]);
    expect(pages.filter((p) => p.template === "redirect")).toEqual([
      {
        template: "redirect",
        path: "/옛날-주소/",
        context: { to: "/2024-06-20-hangul-urls/", title: "한글 주소" },
      },
      {
        template: "redirect",
        path: "/2018/12/old-post/",
        context: { to: "/2024-06-20-hangul-urls/", title: "한글 주소" },
      },
    ]);
    expect(pages.at(-1)?.template).toBe("redirect");
  });

  test("a draft's old paths get no page in production, and do in develop", () => {
    const draft = sourcePost("draft", { draft: true, aliases: ["/old"] });
    const redirects = (includeDrafts: boolean) =>
      redirectsOf(planSite([draft], { ...planOptions, includeDrafts }).pages);
    expect(redirects(false)).toEqual([]);
    expect(redirects(true)).toEqual([{ from: "/old/", to: "/draft/" }]);
  });
});

describe("the 301 rules, per host", () => {
  const redirects = redirectsOf(planSite([renamed], planOptions).pages);

  test("Netlify: encoded paths, forced over the page at the old path", () => {
    expect(netlifyRedirects(redirects).split("\n").slice(1)).toEqual([
      "/%EC%98%9B%EB%82%A0-%EC%A3%BC%EC%86%8C/ /2024-06-20-hangul-urls/ 301!",
      "/2018/12/old-post/ /2024-06-20-hangul-urls/ 301!",
      "",
    ]);
  });

  test("nginx: the decoded path with and without its slash, to the encoded URL", () => {
    const hangul = [{ from: "/옛날-주소/", to: "/새-주소/" }];
    expect(nginxRedirectMap(hangul).split("\n").slice(1)).toEqual([
      '"/옛날-주소" "/%EC%83%88-%EC%A3%BC%EC%86%8C/";',
      '"/옛날-주소/" "/%EC%83%88-%EC%A3%BC%EC%86%8C/";',
      "",
    ]);
  });

  test.each([
    ['a "', { from: '/say-"hi"/', to: "/new/" }, '"/say-\\"hi\\"/"'],
    ["a $ in the new path", { from: "/old/", to: "/$5/" }, '"/%245/";'],
  ])("nginx: %s stays literal", (_, redirect, expected) => {
    expect(nginxRedirectMap([redirect])).toContain(expected);
  });

  test("below a path prefix (GitHub Pages), old and new paths carry it", () => {
    const moved = [{ from: "/old/", to: "/메모/" }];
    expect(netlifyRedirects(moved, "/blog")).toContain(
      "/blog/old/ /blog/%EB%A9%94%EB%AA%A8/ 301!",
    );
    expect(nginxRedirectMap(moved, "/blog")).toContain(
      '"/blog/old/" "/blog/%EB%A9%94%EB%AA%A8/";',
    );
  });
});
