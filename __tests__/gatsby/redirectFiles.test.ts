import { readFileSync } from "node:fs";
import path from "node:path";
import {
  redirectTemplate,
  redirectsOfPages,
  writeRedirectFiles,
} from "../../gatsby/redirectFiles";
import { tempSite } from "../helpers/tempSite";

const pages = [
  {
    path: "/a/",
    component: "/site/src/templates/PostTemplate.tsx",
    context: {},
  },
  {
    path: "/옛날-주소/",
    component: redirectTemplate,
    context: { to: "/a/", title: "A" },
  },
];

test("the redirects are the pages createPages gave the redirect template", () => {
  expect(redirectsOfPages(pages)).toEqual([{ from: "/옛날-주소/", to: "/a/" }]);
});

test("each host's rules are written into public/, and empty ones too", async () => {
  const site = tempSite({ "public/index.html": "" });
  const publicDir = path.join(site.root, "public");
  const read = (file: string) =>
    readFileSync(path.join(publicDir, file), "utf8");
  try {
    await writeRedirectFiles(publicDir, redirectsOfPages(pages), "");
    expect(read("_redirects")).toContain(
      "/%EC%98%9B%EB%82%A0-%EC%A3%BC%EC%86%8C/ /a/ 301!",
    );
    expect(read("_redirects.nginx")).toContain('"/옛날-주소/" "/a/";');
    expect(read("_redirects.cloudfront.js")).toContain(
      '"/%EC%98%9B%EB%82%A0-%EC%A3%BC%EC%86%8C/": "/a/"',
    );
    await writeRedirectFiles(publicDir, [], "");
    expect(read("_redirects.nginx")).not.toContain(";");
  } finally {
    site.remove();
  }
});
