import { readFileSync } from "node:fs";
import path from "node:path";
import { SECURITY_HEADERS } from "../../scripts/deploy/securityHeaders";

/** Each server's copy of the security headers, read as that server would read its file. */
const read = (file: string) => readFileSync(path.resolve(file), "utf8");

function nginxHeaders(): Record<string, string> {
  const lines = read("deploy/nginx-security-headers.conf").matchAll(
    /^add_header ([\w-]+) "([^"]*)" always;$/gmu,
  );
  return Object.fromEntries([...lines].map(([, name, value]) => [name, value]));
}

function netlifyHeaders(): Record<string, string> {
  const values = read("netlify.toml").split("[headers.values]")[1] ?? "";
  const lines = values.matchAll(/^\s+([\w-]+) = "([^"]*)"$/gmu);
  return Object.fromEntries([...lines].map(([, name, value]) => [name, value]));
}

function cloudFrontHeaders(): Record<string, string> {
  const policy = JSON.parse(
    read("deploy/cloudfront-response-headers-policy.json"),
  ) as {
    SecurityHeadersConfig: {
      ContentSecurityPolicy: { ContentSecurityPolicy: string };
      FrameOptions: { FrameOption: string };
      StrictTransportSecurity: {
        AccessControlMaxAgeSec: number;
        IncludeSubdomains: boolean;
        Preload: boolean;
      };
      ContentTypeOptions: { Override: boolean };
      ReferrerPolicy: { ReferrerPolicy: string };
    };
    CustomHeadersConfig: { Items: { Header: string; Value: string }[] };
  };
  const s = policy.SecurityHeadersConfig;
  const hsts = s.StrictTransportSecurity;
  return {
    "Content-Security-Policy": s.ContentSecurityPolicy.ContentSecurityPolicy,
    "X-Frame-Options": s.FrameOptions.FrameOption,
    "Strict-Transport-Security": [
      `max-age=${hsts.AccessControlMaxAgeSec}`,
      ...(hsts.IncludeSubdomains ? ["includeSubDomains"] : []),
      ...(hsts.Preload ? ["preload"] : []),
    ].join("; "),
    ...(s.ContentTypeOptions.Override
      ? { "X-Content-Type-Options": "nosniff" }
      : {}),
    "Referrer-Policy": s.ReferrerPolicy.ReferrerPolicy,
    ...Object.fromEntries(
      policy.CustomHeadersConfig.Items.map((i) => [i.Header, i.Value]),
    ),
  };
}

describe("every server sends the same security headers", () => {
  test.each([
    ["nginx", nginxHeaders],
    ["Netlify", netlifyHeaders],
    ["CloudFront", cloudFrontHeaders],
  ])("%s", (_, headers) => {
    expect(headers()).toEqual(SECURITY_HEADERS);
  });

  test("nginx sends them from every location, as a location's own add_header hides the server's, and from the server's redirects", () => {
    const conf = read("deploy/nginx.conf");
    const locations = conf.match(/^\s*location\b[^{]*\{/gmu) ?? [];
    const includes =
      conf.match(/^\s*include __DEPLOY__\/nginx-security-headers\.conf;/gmu) ??
      [];
    expect(locations.length).toBeGreaterThan(0);
    expect(includes).toHaveLength(locations.length + 1);
  });
});
