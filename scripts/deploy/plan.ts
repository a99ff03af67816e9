/**
 * What a deploy does to the bucket, decided before anything is sent: which files go up (with
 * which headers), which are already there byte for byte, which keys are gone from the build,
 * and which URLs CloudFront must forget. Pure, so it is tested with tables and printed as is
 * by `--dry-run`.
 */
import {
  cacheControl,
  contentType,
  IMMUTABLE,
  uploadPhase,
} from "./cacheRules";

/** A file of `public/`: its path there (NFC, `/`-separated) and the MD5 of its bytes. */
export interface LocalFile {
  path: string;
  /** The path on disk, relative to `public/`, as the file system spells it (maybe NFD). */
  source: string;
  md5: string;
  size: number;
}

/** An object already in the bucket, as ListObjectsV2 returns it. */
export interface RemoteObject {
  key: string;
  etag?: string;
}

export interface PlannedFile {
  path: string;
  source: string;
  key: string;
  size: number;
  contentType: string;
  cacheControl: string;
}

export interface Upload extends PlannedFile {
  reason: "new" | "changed" | "forced";
}

export interface DeployPlan {
  /** In upload order: assets, page data, HTML. */
  uploads: Upload[];
  skips: PlannedFile[];
  /** Keys in the bucket (under the prefix) that the build no longer has; removed last. */
  deletes: string[];
}

/** `blog`, `/blog/` → `blog/`; nothing → `` (the bucket's root). */
export function normalizePrefix(prefix: string | undefined): string {
  const trimmed = (prefix ?? "").normalize("NFC").replace(/^\/+|\/+$/gu, "");
  return trimmed ? `${trimmed}/` : "";
}

/**
 * A single-part upload's ETag is the MD5 of its bytes in quotes. A multipart or SSE-KMS ETag is
 * not, so such an object never matches and is simply uploaded again.
 */
function sameBytes(
  local: LocalFile,
  remote: RemoteObject | undefined,
): boolean {
  return remote?.etag?.replace(/"/gu, "").toLowerCase() === local.md5;
}

export function planDeploy(
  local: readonly LocalFile[],
  remote: readonly RemoteObject[],
  options: { prefix?: string; force?: boolean } = {},
): DeployPlan {
  const prefix = normalizePrefix(options.prefix);
  const inBucket = new Map(
    remote.filter((o) => o.key.startsWith(prefix)).map((o) => [o.key, o]),
  );
  const plan: DeployPlan = { uploads: [], skips: [], deletes: [] };
  const keys = new Set<string>();
  for (const file of local) {
    const path = file.path.normalize("NFC");
    const key = `${prefix}${path}`;
    keys.add(key);
    const planned: PlannedFile = {
      path,
      source: file.source,
      key,
      size: file.size,
      contentType: contentType(path),
      cacheControl: cacheControl(path),
    };
    const existing = inBucket.get(key);
    if (!existing) plan.uploads.push({ ...planned, reason: "new" });
    else if (options.force) plan.uploads.push({ ...planned, reason: "forced" });
    else if (!sameBytes(file, existing))
      plan.uploads.push({ ...planned, reason: "changed" });
    else plan.skips.push(planned);
  }
  plan.uploads.sort(
    (a, b) =>
      uploadPhase(a.path) - uploadPhase(b.path) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  plan.skips.sort((a, b) => (a.key < b.key ? -1 : 1));
  plan.deletes = [...inBucket.keys()].filter((key) => !keys.has(key)).sort();
  return plan;
}

/**
 * Beyond this many paths one wildcard is cheaper: CloudFront bills invalidation paths past the
 * first 1,000 a month, and a wildcard counts as one
 * (https://aws.amazon.com/cloudfront/pricing/).
 */
export const MAX_INVALIDATION_PATHS = 15;

/** `a/index.html` is requested as `/a/` and as `/a/index.html`; both may be cached. */
function urlPaths(key: string): string[] {
  const path = `/${key}`;
  return path.endsWith("/index.html")
    ? [path.slice(0, -"index.html".length), path]
    : [path];
}

/**
 * The URLs CloudFront may hold an old copy of: changed and deleted files that keep their name
 * (HTML, page data, feeds), percent-encoded as browsers request them. Immutable assets are
 * never invalidated (a change gives them a new name), nor are new files.
 */
export function invalidationPaths(plan: DeployPlan, prefix?: string): string[] {
  const stale = [
    ...plan.uploads
      .filter((u) => u.reason !== "new" && u.cacheControl !== IMMUTABLE)
      .map((u) => u.key),
    ...plan.deletes.filter(
      (key) =>
        cacheControl(key.slice(normalizePrefix(prefix).length)) !== IMMUTABLE,
    ),
  ];
  const paths = [...new Set(stale.flatMap(urlPaths))]
    .map((path) => encodeURI(path.normalize("NFC")))
    .sort();
  if (paths.length > MAX_INVALIDATION_PATHS)
    return [`/${normalizePrefix(prefix)}*`];
  return paths;
}
