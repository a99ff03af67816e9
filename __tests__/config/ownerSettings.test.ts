import { blogConfig } from "../../blog.config";
import { blogConfigProblems } from "../../src/config/blogConfigSchema";
import { configuredSources } from "../../src/security/configuredSources";
import { contentSecurityPolicy } from "../../src/security/contentSecurityPolicy";
import { editUrl } from "../../src/site/editUrl";

const problems = (settings: Record<string, unknown>) =>
  blogConfigProblems({ ...blogConfig, ...settings }).map(
    (p) => `${p.field}: ${p.value} — expected ${p.expected}`,
  );

describe("repository (each post's GitHub에서 고치기 link)", () => {
  test("a GitHub repository's address, and a branch if not main, is accepted", () => {
    expect(
      problems({ repository: { url: "https://github.com/kim/blog" } }),
    ).toEqual([]);
    expect(
      problems({
        repository: { url: "https://github.com/kim/blog", branch: "posts/ko" },
      }),
    ).toEqual([]);
  });

  test.each([
    [
      { url: "github.com/kim/blog" },
      /repository\.url: .* — expected a GitHub repository's address/u,
    ],
    [{ url: "https://github.com/kim/blog/" }, /repository\.url/u],
    [
      { url: "https://github.com/kim/blog", branch: "two words" },
      /repository\.branch: "two words" — expected a branch name/u,
    ],
    [{ url: "https://github.com/kim/blog", dir: "x" }, /repository/u],
  ])("%j is refused, naming the setting", (repository, message) => {
    expect(problems({ repository }).join("\n")).toMatch(message);
  });

  test("the link opens the post's own file, NFC and encoded, on its branch", () => {
    const repository = { url: "https://github.com/kim/blog" };
    expect(
      editUrl(repository, "content/posts/2019-04-17-AWS-Summit-Seoul-메모.md"),
    ).toBe(
      "https://github.com/kim/blog/edit/main/content/posts/2019-04-17-AWS-Summit-Seoul-%EB%A9%94%EB%AA%A8.md",
    );
    // A file name saved decomposed (NFD) on macOS links as its NFC self; `#` and `?` stay in the path.
    expect(
      editUrl(
        { ...repository, branch: "posts/ko" },
        "content/posts/제주 #1?/index.md".normalize("NFD"),
      ),
    ).toBe(
      "https://github.com/kim/blog/edit/posts/ko/content/posts/%EC%A0%9C%EC%A3%BC%20%231%3F/index.md",
    );
  });
});

describe("analytics", () => {
  test.each([
    { provider: "ga4", measurementId: "G-ABC123XYZ" },
    { provider: "plausible", domain: "blog.example.com" },
    {
      provider: "plausible",
      domain: "blog.example.com",
      src: "https://stats.example.com/js/script.js",
    },
    {
      provider: "umami",
      websiteId: "94db1cb1-74f4-4a40-ad6c-962362670409",
      src: "https://cloud.umami.is/script.js",
    },
  ])("%j is accepted", (analytics) => {
    expect(problems({ analytics })).toEqual([]);
  });

  test.each([
    [
      { provider: "ga4", measurementId: "UA-1234-1" },
      /measurementId: "UA-1234-1" — expected a GA4 measurement ID/u,
    ],
    [
      {
        provider: "umami",
        websiteId: "94db1cb1-74f4-4a40-ad6c-962362670409",
        src: "http://umami.example.com/script.js",
      },
      /src: .* — expected the https:\/\/ address/u,
    ],
    [{ provider: "matomo" }, /analytics.provider: "matomo" — expected one of/u],
  ])("%j is refused, naming the setting", (analytics, message) => {
    expect(problems({ analytics }).join("\n")).toMatch(message);
  });

  test("by default no page may load or report to an analytics service", () => {
    const policy = contentSecurityPolicy([], configuredSources(blogConfig));
    for (const host of [
      "googletagmanager",
      "google-analytics",
      "plausible",
      "umami",
    ])
      expect(policy).not.toContain(host);
  });

  test("a configured service's script and reports are allowed, and nothing else", () => {
    const sources = (analytics: unknown) =>
      configuredSources({ ...blogConfig, analytics } as typeof blogConfig);
    expect(
      sources({ provider: "plausible", domain: "blog.example.com" }),
    ).toMatchObject({
      "script-src": ["https://plausible.io"],
      "connect-src": ["https://plausible.io"],
    });
    const ga4 = sources({ provider: "ga4", measurementId: "G-ABC123XYZ" });
    expect(ga4["script-src"]).toEqual(["https://www.googletagmanager.com"]);
    expect(ga4["connect-src"]).toContain("https://*.google-analytics.com");
  });
});
