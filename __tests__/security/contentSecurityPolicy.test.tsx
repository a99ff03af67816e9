import React from "react";
import { renderToStaticMarkup } from "react-dom/server";
import {
  contentSecurityPolicy,
  inlineScriptsOf,
  scriptHash,
} from "../../src/security/contentSecurityPolicy";
import {
  allowedScriptHashes,
  inlineScriptsInHtml,
  policyOf,
  refreshedPolicy,
} from "../../src/security/writtenPolicy";

const directive = (policy: string, name: string) =>
  policy
    .split("; ")
    .find((d) => d.startsWith(`${name} `))
    ?.slice(name.length + 1);

test("an inline script is named by the base64 SHA-256 of its exact text, as browsers compute it", () => {
  // printf 'alert(1)' | openssl dgst -sha256 -binary | base64
  expect(scriptHash("alert(1)")).toBe(
    "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='",
  );
  expect(scriptHash("alert(1);")).not.toBe(scriptHash("alert(1)"));
  expect(scriptHash("'한글'")).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/u);
});

describe("the policy", () => {
  const policy = contentSecurityPolicy([scriptHash("b()"), scriptHash("a()")]);

  test("runs the site's files and the listed inline scripts, nothing inline else, never eval", () => {
    expect(directive(policy, "script-src")?.split(" ")).toEqual([
      "'self'",
      ...[scriptHash("a()"), scriptHash("b()")].sort(),
    ]);
    expect(policy).not.toMatch(/unsafe-eval/u);
    expect(directive(policy, "script-src")).not.toMatch(/unsafe-inline/u);
  });

  test("refuses plugins, a <base> to elsewhere and frames by default", () => {
    expect(directive(policy, "object-src")).toBe("'none'");
    expect(directive(policy, "base-uri")).toBe("'self'");
    expect(directive(policy, "frame-src")).toBe("'none'");
    // A meta tag's frame-ancestors is ignored: the servers send it (deploy/).
    expect(policy).not.toMatch(/frame-ancestors/u);
  });

  test("adds the sources blog.config.ts allows, once", () => {
    const withVideo = contentSecurityPolicy([], {
      "frame-src": ["https://www.youtube-nocookie.com"],
      "connect-src": ["https://stats.example.com", "'self'"],
    });
    expect(directive(withVideo, "frame-src")).toBe(
      "https://www.youtube-nocookie.com",
    );
    expect(directive(withVideo, "connect-src")).toBe(
      "'self' https://stats.example.com",
    );
  });
});

test("the inline scripts of a page's components: our own, not files nor JSON-LD data", () => {
  const nodes = [
    <script key="1" dangerouslySetInnerHTML={{ __html: "theme()" }} />,
    <script key="2" src="/app-0123456789abcdef0123.js" />,
    <script key="3" type="application/ld+json">
      {"{}"}
    </script>,
    <script key="4">{"loader()"}</script>,
    <script
      key="6"
      type="speculationrules"
      dangerouslySetInnerHTML={{ __html: '{"prefetch":[]}' }}
    />,
    <meta key="5" name="x" />,
    "text",
  ];
  // Speculation rules are governed by script-src too: without their hash, Chromium drops them.
  expect(inlineScriptsOf(nodes)).toEqual([
    "theme()",
    "loader()",
    '{"prefetch":[]}',
  ]);
});

describe("a written page's policy", () => {
  const page = (scripts: string[], policy: string) =>
    `<!DOCTYPE html><html><head>${renderToStaticMarkup(
      <meta httpEquiv="Content-Security-Policy" content={policy} />,
    )}</head><body>${scripts.map((s) => `<script>${s}</script>`).join("")}` +
    `<script src="/app.js" async></script><script type="application/ld+json">{}</script></body></html>`;

  test("is read back as React wrote it", () => {
    const policy = contentSecurityPolicy([scriptHash("a()")]);
    expect(policyOf(page([], policy))).toBe(policy);
    expect(inlineScriptsInHtml(page(["a()", "b()"], policy))).toEqual([
      "a()",
      "b()",
    ]);
  });

  test("follows a script Gatsby rewrote after rendering, and is left alone when current", () => {
    const old = 'window.___webpackCompilationHash="aaa";';
    const now = 'window.___webpackCompilationHash="bbb";';
    const policy = contentSecurityPolicy([scriptHash(old), scriptHash("a()")]);
    expect(refreshedPolicy(page([old, "a()"], policy))).toBeNull();
    const refreshed = refreshedPolicy(page([now, "a()"], policy)) ?? "";
    const allowed = allowedScriptHashes(policyOf(refreshed) ?? "");
    expect([...allowed].sort()).toEqual(
      [scriptHash(now), scriptHash("a()")].sort(),
    );
    expect(policyOf(refreshed)).toMatch(/object-src 'none'/u);
  });
});
