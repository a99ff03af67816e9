import { readFileSync } from "node:fs";
import path from "node:path";
import { refreshRuntimePagePolicies } from "../../gatsby/runtimePagePolicies";
import {
  contentSecurityPolicy,
  scriptHash,
} from "../../src/security/contentSecurityPolicy";
import {
  allowedScriptHashes,
  policyOf,
} from "../../src/security/writtenPolicy";
import { tempSite } from "../helpers/tempSite";

const searchPage = (script: string, allowed: string) =>
  `<html><head><meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(
    [scriptHash(allowed)],
  ).replace(
    /'/gu,
    "&#x27;",
  )}"/></head><body><script>${script}</script></body></html>`;

test("/search/, whose scripts Gatsby rewrote after rendering, gets a policy that runs them", async () => {
  const site = tempSite({
    "public/search/index.html": searchPage("hash('new')", "hash('old')"),
  });
  try {
    const publicDir = path.join(site.root, "public");
    expect(await refreshRuntimePagePolicies(publicDir)).toEqual(["/search/"]);
    const html = readFileSync(
      path.join(publicDir, "search", "index.html"),
      "utf8",
    );
    expect([...allowedScriptHashes(policyOf(html) ?? "")]).toEqual([
      scriptHash("hash('new')"),
    ]);
    expect(await refreshRuntimePagePolicies(publicDir)).toEqual([]);
  } finally {
    site.remove();
  }
});

test("a site without /search/ has nothing to update", async () => {
  const site = tempSite({ "public/index.html": "<html></html>" });
  try {
    expect(
      await refreshRuntimePagePolicies(path.join(site.root, "public")),
    ).toEqual([]);
  } finally {
    site.remove();
  }
});
