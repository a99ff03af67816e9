import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

export interface BrokenLink {
  url: string;
  /** Status, decoded URL, the page that links to it. */
  line: string;
}

export interface LinkReport {
  /** How many links linkinator followed: a crawl that stopped early checks few. */
  checked: number;
  broken: BrokenLink[];
}

/**
 * Crawls a served site from its home page with linkinator and lists every broken link or image.
 * Only the site itself: feeds and pages also link to the real siteUrl and to other sites.
 */
export async function brokenLinks(origin: string): Promise<LinkReport> {
  const { stdout } = await promisify(execFile)(
    path.resolve(__dirname, "../../node_modules/.bin/linkinator"),
    [
      `${origin}/`,
      "--recurse",
      "--skip",
      `^(?!${origin.replace(/[.]/gu, "\\.")})`,
      "--format",
      "json",
      "--concurrency",
      "8",
    ],
    { maxBuffer: 256 * 1024 * 1024 },
    // linkinator exits 1 when it finds a broken link; its JSON is on stdout either way.
  ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? "" }));
  const result = JSON.parse(stdout) as {
    links: Array<{
      url: string;
      status: number;
      state: string;
      parent?: string;
    }>;
  };
  return {
    checked: result.links.length,
    broken: result.links
      .filter((link) => link.state === "BROKEN")
      .map((link) => ({
        url: link.url,
        line: `${link.status} ${safeDecode(link.url)} (linked from ${link.parent ?? "?"})`,
      })),
  };
}

/** A URL with a NUL or a lone surrogate in it must still be printed, not throw. */
function safeDecode(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
