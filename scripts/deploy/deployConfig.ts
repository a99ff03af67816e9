import { normalizePrefix } from "./plan";

/** Where a deploy goes. Never in the repository: flags, else environment variables. */
export interface DeployConfig {
  bucket: string;
  /** Key prefix inside the bucket, `` or `blog/`. */
  prefix: string;
  region?: string;
  distribution?: string;
  /** An S3-compatible endpoint instead of AWS (a local server, MinIO, R2). */
  endpoint?: string;
  /** The built site, relative to the project root. */
  dir: string;
}

export interface DeployFlags {
  bucket?: string;
  prefix?: string;
  region?: string;
  distribution?: string;
  endpoint?: string;
  dir?: string;
}

/** The environment variables each setting falls back to, as docs/deploy.md lists them. */
export const ENV_NAMES = {
  bucket: "S3_BUCKET",
  prefix: "S3_PREFIX",
  region: "AWS_REGION",
  distribution: "CLOUDFRONT_DISTRIBUTION_ID",
  endpoint: "S3_ENDPOINT",
} as const;

export function deployConfig(
  flags: DeployFlags,
  env: Readonly<Record<string, string | undefined>>,
): { ok: true; config: DeployConfig } | { ok: false; error: string } {
  const pick = (name: keyof typeof ENV_NAMES) =>
    (flags[name] ?? env[ENV_NAMES[name]])?.trim() || undefined;
  const bucket = pick("bucket");
  if (!bucket) {
    return {
      ok: false,
      error: `No bucket: pass --bucket <name> or set ${ENV_NAMES.bucket}.`,
    };
  }
  const region = pick("region") ?? env.AWS_DEFAULT_REGION?.trim();
  return {
    ok: true,
    config: {
      bucket,
      prefix: normalizePrefix(pick("prefix")),
      region: region || undefined,
      distribution: pick("distribution"),
      endpoint: pick("endpoint"),
      dir: flags.dir?.trim() || "public",
    },
  };
}
