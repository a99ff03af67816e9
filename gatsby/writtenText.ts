import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * Every text file the build wrote must be clean UTF-8 without a NUL byte. React 18's stream
 * writer once flushed the unfilled tail of its buffer before a multi-byte character
 * (react/react#31134), so Korean pages shipped `커뮤\0니티` inside links, which a browser turns
 * into U+FFFD and a 404. ASCII content never shows it, so only a check of the written bytes
 * keeps it (or anything like it) from shipping again.
 */
const TEXT_FILE = /\.(?:html|json|js|css|xml|txt|svg|webmanifest)$/u;

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** What is wrong with a text file's bytes, in words an author can act on; null when clean. */
export function textProblem(bytes: Uint8Array): string | null {
  const nul = bytes.indexOf(0);
  if (nul !== -1) return `holds a NUL byte at byte ${nul}${near(bytes, nul)}`;
  if (decodes(bytes)) return null;
  const at = firstInvalidByte(bytes);
  return `is not valid UTF-8 at byte ${at}${near(bytes, at)}`;
}

/** A few characters before the bad byte, so the message shows where on the page it is. */
function near(bytes: Uint8Array, at: number): string {
  const before = new TextDecoder("utf-8")
    .decode(bytes.subarray(Math.max(0, at - 40), at))
    .replace(/^\uFFFD+/u, "")
    .replace(/\s+/gu, " ");
  return before ? ` (after "${before}")` : "";
}

/** Where the first broken character starts: after the longest prefix that decodes. */
function firstInvalidByte(bytes: Uint8Array): number {
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const mid = (good + bad) >> 1;
    try {
      // A prefix cut inside a valid character fails too; `stream` lets it end unfinished.
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, mid), {
        stream: true,
      });
      good = mid;
    } catch {
      bad = mid;
    }
  }
  // That prefix may end in the first bytes of the broken character: step back to its start.
  let start = good;
  while (start > 0 && (bytes[start - 1] ?? 0) >> 6 === 0b10) start -= 1;
  if (start > 0 && (bytes[start - 1] ?? 0) >= 0xc0) start -= 1;
  return decodes(bytes.subarray(0, good)) ? good : start;
}

function decodes(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

async function* textFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* textFiles(file);
    else if (TEXT_FILE.test(entry.name)) yield file;
  }
}

export interface WrittenTextReport {
  /** Files read this time. */
  checked: number;
  /** Files left unread: the record says they were clean, and they have not changed since. */
  unchanged: number;
  /** One line per bad file: its path under the folder, then what is wrong. */
  problems: string[];
}

/** What a clean file looked like when it was read: a rewrite changes its time or size. */
const stamp = (info: { mtimeMs: number; size: number }) =>
  `${info.mtimeMs}:${info.size}`;

async function readRecord(file: string): Promise<Map<string, string>> {
  try {
    const entries: unknown = JSON.parse(await readFile(file, "utf8"));
    if (typeof entries === "object" && entries !== null)
      return new Map(
        Object.entries(entries).filter(
          (entry): entry is [string, string] => typeof entry[1] === "string",
        ),
      );
  } catch {
    // No record (a first or cleaned build) or a damaged one: every file is read.
  }
  return new Map();
}

/**
 * Reads every text file under `dir` (public/) and reports those that are not clean. With a
 * `record` file (in .cache/, which `gatsby clean` empties with public/), a file found clean
 * before and not rewritten since is not read again: a build after one edit rewrites a few
 * pages, not the thousands around them. A bad file never enters the record, so it is read,
 * and reported, by every build until it is fixed.
 */
export async function checkWrittenText(
  dir: string,
  record?: string,
): Promise<WrittenTextReport> {
  const before = record ? await readRecord(record) : new Map<string, string>();
  const after: Record<string, string> = {};
  const problems: string[] = [];
  let checked = 0;
  let unchanged = 0;
  const pending = new Set<Promise<void>>();
  for await (const file of textFiles(dir)) {
    const name = path.relative(dir, file);
    const job = stat(file).then(async (info) => {
      const seen = stamp(info);
      if (before.get(name) === seen) {
        unchanged += 1;
        after[name] = seen;
        return;
      }
      const problem = textProblem(await readFile(file));
      checked += 1;
      if (problem) problems.push(`${name}: ${problem}`);
      else after[name] = seen;
    });
    pending.add(job);
    void job.finally(() => pending.delete(job));
    // A few reads at a time: enough to keep the disk busy, not a whole site in memory.
    if (pending.size >= 16) await Promise.race(pending);
  }
  await Promise.all(pending);
  if (record) {
    await mkdir(path.dirname(record), { recursive: true });
    await writeFile(record, JSON.stringify(after));
  }
  return { checked, unchanged, problems: problems.sort() };
}
