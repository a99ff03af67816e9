import type { DeployPlan } from "./plan";

function kilobytes(size: number): string {
  return `${(size / 1024).toFixed(1)} KB`;
}

/** The plan as `--dry-run` and a real deploy print it: one line per file, headers included. */
export function formatPlan(
  plan: DeployPlan,
  target: { bucket: string; prefix: string; distribution?: string },
  invalidation: readonly string[],
): string {
  const lines = [
    ...plan.uploads.map(
      (u) =>
        `upload  ${u.key}  (${u.reason}, ${kilobytes(u.size)})  Content-Type: ${u.contentType}  Cache-Control: ${u.cacheControl}`,
    ),
    ...plan.skips.map((s) => `skip    ${s.key}  (unchanged)`),
    ...plan.deletes.map((key) => `delete  ${key}`),
  ];
  if (target.distribution) {
    lines.push(
      invalidation.length
        ? `invalidate on ${target.distribution}: ${invalidation.join(" ")}`
        : `invalidate on ${target.distribution}: nothing (no changed or deleted page)`,
    );
  }
  lines.push(
    `s3://${target.bucket}/${target.prefix}: ${plan.uploads.length} to upload, ` +
      `${plan.skips.length} unchanged, ${plan.deletes.length} to delete` +
      (target.distribution
        ? `, ${invalidation.length} paths to invalidate.`
        : "."),
  );
  return lines.join("\n");
}
