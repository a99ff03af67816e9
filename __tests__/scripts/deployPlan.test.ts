import { REVALIDATE } from "../../scripts/deploy/cacheRules";
import {
  invalidationPaths,
  planDeploy,
  type LocalFile,
  type RemoteObject,
} from "../../scripts/deploy/plan";

const POST = "2019-04-17-AWS-Summit-Seoul-메모/index.html";
const md5 = (n: number) => n.toString(16).padStart(32, "0");
const file = (path: string, n = 1): LocalFile => ({
  path,
  source: path,
  md5: md5(n),
  size: 10,
});
const object = (key: string, n = 1): RemoteObject => ({
  key,
  etag: `"${md5(n)}"`,
});

describe("planDeploy", () => {
  test.each<{
    name: string;
    local: LocalFile[];
    remote: RemoteObject[];
    options?: { prefix?: string; force?: boolean };
    uploads: Array<[string, string]>;
    skips: string[];
    deletes: string[];
  }>([
    {
      name: "an empty bucket gets everything, assets before page data before HTML",
      local: [
        file("index.html"),
        file("page-data/index/page-data.json"),
        file("app-034974a2eea594946c9e.js"),
      ],
      remote: [],
      uploads: [
        ["app-034974a2eea594946c9e.js", "new"],
        ["page-data/index/page-data.json", "new"],
        ["index.html", "new"],
      ],
      skips: [],
      deletes: [],
    },
    {
      name: "same bytes are skipped, changed bytes uploaded, gone files deleted",
      local: [file("index.html", 2), file("about/index.html", 1)],
      remote: [
        object("index.html", 1),
        object("about/index.html", 1),
        object("old/index.html"),
      ],
      uploads: [["index.html", "changed"]],
      skips: ["about/index.html"],
      deletes: ["old/index.html"],
    },
    {
      name: "an NFD file name becomes an NFC key; an old NFD key is deleted",
      local: [file(POST.normalize("NFD"))],
      remote: [object(POST.normalize("NFD"))],
      uploads: [[POST, "new"]],
      skips: [],
      deletes: [POST.normalize("NFD")],
    },
    {
      name: "a multipart ETag never matches, so the file goes up again",
      local: [file("big.mp4", 1)],
      remote: [{ key: "big.mp4", etag: `"${md5(1)}-3"` }],
      uploads: [["big.mp4", "changed"]],
      skips: [],
      deletes: [],
    },
    {
      name: "under a prefix, keys outside it are neither compared nor deleted",
      local: [file("index.html")],
      remote: [
        object("blog/index.html"),
        object("blog/gone.html"),
        object("other/index.html"),
      ],
      options: { prefix: "/blog/" },
      uploads: [],
      skips: ["blog/index.html"],
      deletes: ["blog/gone.html"],
    },
    {
      name: "--force uploads unchanged files too",
      local: [file("index.html")],
      remote: [object("index.html")],
      options: { force: true },
      uploads: [["index.html", "forced"]],
      skips: [],
      deletes: [],
    },
  ])("$name", ({ local, remote, options, uploads, skips, deletes }) => {
    const plan = planDeploy(local, remote, options);
    expect(plan.uploads.map((u) => [u.key, u.reason])).toEqual(uploads);
    expect(plan.skips.map((s) => s.key)).toEqual(skips);
    expect(plan.deletes).toEqual(deletes);
  });

  test("an upload carries its headers and the name it has on disk", () => {
    const [upload] = planDeploy([file(POST.normalize("NFD"))], []).uploads;
    expect(upload).toMatchObject({
      key: POST,
      source: POST.normalize("NFD"),
      contentType: "text/html; charset=utf-8",
      cacheControl: REVALIDATE,
    });
  });
});

describe("invalidationPaths", () => {
  const many = Array.from({ length: 8 }, (_, i) => `p${i}/index.html`);
  test.each<
    [string, LocalFile[], RemoteObject[], string | undefined, string[]]
  >([
    [
      "nothing changed",
      [file("index.html")],
      [object("index.html")],
      undefined,
      [],
    ],
    [
      "a new page is not cached anywhere yet",
      [file("new/index.html")],
      [],
      undefined,
      [],
    ],
    [
      "a changed post: both URL forms, percent-encoded",
      [file(POST, 2)],
      [object(POST)],
      undefined,
      [
        "/2019-04-17-AWS-Summit-Seoul-%EB%A9%94%EB%AA%A8/",
        "/2019-04-17-AWS-Summit-Seoul-%EB%A9%94%EB%AA%A8/index.html",
      ],
    ],
    [
      "the home page and its page data, changed; a deleted page; an immutable asset never",
      [
        file("index.html", 2),
        file("page-data/index/page-data.json", 2),
        file("app-034974a2eea594946c9e.js", 2),
      ],
      [
        object("index.html"),
        object("page-data/index/page-data.json"),
        object("app-034974a2eea594946c9e.js"),
        object("old/index.html"),
        object("app-be7272db9dc26797ba45.js"),
      ],
      undefined,
      [
        "/",
        "/index.html",
        "/old/",
        "/old/index.html",
        "/page-data/index/page-data.json",
      ],
    ],
    [
      "under a prefix",
      [file("rss.xml", 2)],
      [object("blog/rss.xml")],
      "blog",
      ["/blog/rss.xml"],
    ],
    [
      "more than 15 paths: one wildcard",
      many.map((p) => file(p, 2)),
      many.map((p) => object(p)),
      undefined,
      ["/*"],
    ],
    [
      "more than 15 paths under a prefix",
      many.map((p) => file(p, 2)),
      many.map((p) => object(`blog/${p}`)),
      "blog/",
      ["/blog/*"],
    ],
  ])("%s", (_name, local, remote, prefix, expected) => {
    const plan = planDeploy(local, remote, { prefix });
    expect(invalidationPaths(plan, prefix)).toEqual(expected);
  });
});
