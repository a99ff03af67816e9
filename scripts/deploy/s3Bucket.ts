/** The only code that talks to AWS: listing, uploading and deleting objects, invalidating. */
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  CreateInvalidationCommand,
  type CloudFrontClient,
} from "@aws-sdk/client-cloudfront";
import {
  DeleteObjectsCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from "@aws-sdk/client-s3";
import { uploadPhase } from "./cacheRules";
import type { RemoteObject, Upload } from "./plan";

export async function listObjects(
  s3: S3Client,
  bucket: string,
  prefix: string,
): Promise<RemoteObject[]> {
  const objects: RemoteObject[] = [];
  let token: string | undefined;
  do {
    const page = await s3.send(
      new ListObjectsV2Command({
        Bucket: bucket,
        Prefix: prefix || undefined,
        ContinuationToken: token,
      }),
    );
    for (const { Key, ETag } of page.Contents ?? []) {
      if (Key !== undefined) objects.push({ key: Key, etag: ETag });
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return objects;
}

async function inParallel<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++];
      if (item !== undefined) await work(item);
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
}

/**
 * Uploads phase by phase (assets, page data, HTML), each phase finished before the next
 * starts, so no page goes up before what it loads.
 */
export async function uploadFiles(
  s3: S3Client,
  bucket: string,
  dir: string,
  uploads: readonly Upload[],
  onUploaded: (upload: Upload) => void = () => {},
): Promise<void> {
  const phases = [...new Set(uploads.map((u) => uploadPhase(u.path)))];
  for (const phase of phases) {
    const batch = uploads.filter((u) => uploadPhase(u.path) === phase);
    await inParallel(batch, 8, async (upload) => {
      await s3.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: upload.key,
          Body: readFileSync(path.join(dir, upload.source)),
          ContentType: upload.contentType,
          CacheControl: upload.cacheControl,
        }),
      );
      onUploaded(upload);
    });
  }
}

/** DeleteObjects takes at most 1,000 keys, and reports failures per key instead of throwing. */
export async function deleteKeys(
  s3: S3Client,
  bucket: string,
  keys: readonly string[],
): Promise<void> {
  for (let i = 0; i < keys.length; i += 1000) {
    const result = await s3.send(
      new DeleteObjectsCommand({
        Bucket: bucket,
        Delete: {
          Objects: keys.slice(i, i + 1000).map((Key) => ({ Key })),
          Quiet: true,
        },
      }),
    );
    const failed = result.Errors ?? [];
    if (failed.length > 0) {
      throw new Error(
        `Could not delete ${failed.map((e) => `${e.Key} (${e.Code}: ${e.Message})`).join(", ")}`,
      );
    }
  }
}

/** Starts an invalidation and returns its id; a function so tests can stand in for CloudFront. */
export type Invalidate = (
  distributionId: string,
  paths: readonly string[],
) => Promise<string>;

export function cloudFrontInvalidator(client: CloudFrontClient): Invalidate {
  return async (distributionId, paths) => {
    const result = await client.send(
      new CreateInvalidationCommand({
        DistributionId: distributionId,
        InvalidationBatch: {
          // Must be unique per request, or CloudFront treats it as a retry of an earlier one.
          CallerReference: `deploy-${Date.now()}`,
          Paths: { Quantity: paths.length, Items: [...paths] },
        },
      }),
    );
    return result.Invalidation?.Id ?? "(no id returned)";
  };
}
