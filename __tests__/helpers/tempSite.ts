import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** A throwaway site folder holding the given files (paths relative to its root). */
export function tempSite(files: Record<string, string | Buffer> = {}): {
  root: string;
  remove: () => void;
} {
  const root = mkdtempSync(path.join(os.tmpdir(), "blog-test-"));
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(root, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Frontmatter plus body, for fixtures. */
export function post(fields: Record<string, string>, body = "본문"): string {
  const lines = Object.entries(fields).map(
    ([key, value]) => `${key}: ${value}`,
  );
  return `---\n${lines.join("\n")}\n---\n\n${body}\n`;
}
