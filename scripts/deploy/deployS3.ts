import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { CloudFrontClient } from "@aws-sdk/client-cloudfront";
import { S3Client } from "@aws-sdk/client-s3";
import { deployConfig, ENV_NAMES, type DeployConfig } from "./deployConfig";
import { formatPlan } from "./formatPlan";
import { readLocalFiles } from "./localFiles";
import { invalidationPaths, planDeploy, type RemoteObject } from "./plan";
import {
  cloudFrontInvalidator,
  deleteKeys,
  listObjects,
  uploadFiles,
  type Invalidate,
} from "./s3Bucket";

const HELP = `Usage: npm run deploy:s3 -- [options]

Uploads the built site (public/) to an S3 bucket: Content-Type with UTF-8 for text, Gatsby's
Cache-Control rules, NFC keys. Unchanged files are skipped, files gone from the build are
deleted after the new ones are up, then changed pages are invalidated on CloudFront.
Credentials come from the standard AWS chain (AWS_PROFILE, environment, SSO, instance role).

Options (each falls back to an environment variable):
  --bucket <name>        the bucket                           ${ENV_NAMES.bucket}
  --prefix <folder>      a folder inside the bucket           ${ENV_NAMES.prefix}
  --region <region>      the bucket's region                  ${ENV_NAMES.region}
  --distribution <id>    CloudFront distribution to refresh   ${ENV_NAMES.distribution}
  --endpoint <url>       an S3-compatible server instead      ${ENV_NAMES.endpoint}
  --dir <folder>         the built site (default public)
  --dry-run              print the plan; change nothing
  --force                upload every file, changed or not (after changing cache rules)
  -h, --help             this text

See docs/deploy.md.`;

export interface DeployS3Environment {
  root: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Stand-ins for tests; by default made from the configuration and the AWS chain. */
  s3?: S3Client;
  invalidate?: Invalidate;
  log?: (line: string) => void;
}

function s3Client(config: DeployConfig): S3Client {
  return new S3Client({
    region: config.region,
    ...(config.endpoint
      ? { endpoint: config.endpoint, forcePathStyle: true }
      : {}),
  });
}

/** Runs the deploy; returns the exit code (0 done, 1 failed, 2 bad arguments). */
export async function deployS3(
  args: string[],
  environment: DeployS3Environment,
): Promise<number> {
  const log = environment.log ?? console.log;
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        bucket: { type: "string" },
        prefix: { type: "string" },
        region: { type: "string" },
        distribution: { type: "string" },
        endpoint: { type: "string" },
        dir: { type: "string" },
        "dry-run": { type: "boolean", default: false },
        force: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (error) {
    console.error(
      `${String(error instanceof Error ? error.message : error)}\nSee: npm run deploy:s3 -- --help`,
    );
    return 2;
  }
  if (values.help) {
    log(HELP);
    return 0;
  }
  const resolved = deployConfig(values, environment.env);
  if (!resolved.ok) {
    console.error(`${resolved.error}\nSee: npm run deploy:s3 -- --help`);
    return 2;
  }
  const config = resolved.config;
  const dir = path.resolve(environment.root, config.dir);
  if (!existsSync(path.join(dir, "index.html"))) {
    console.error(
      `${dir} holds no built site (no index.html): run npm run build first.`,
    );
    return 1;
  }
  const dryRun = values["dry-run"];
  const s3 = environment.s3 ?? s3Client(config);
  const local = readLocalFiles(dir);
  let remote: RemoteObject[];
  try {
    remote = await listObjects(s3, config.bucket, config.prefix);
  } catch (error) {
    const reason =
      error instanceof Error
        ? `${error.name}: ${error.message}`
        : String(error);
    if (!dryRun) {
      console.error(
        `Could not list s3://${config.bucket}/${config.prefix} — ${reason}`,
      );
      return 1;
    }
    // A dry run should still show the files and their headers where AWS is out of reach.
    log(
      `Could not list s3://${config.bucket}/${config.prefix} (${reason}); planning as if it were empty.`,
    );
    remote = [];
  }
  const plan = planDeploy(local, remote, {
    prefix: config.prefix,
    force: values.force,
  });
  const invalidation = invalidationPaths(plan, config.prefix);
  log(formatPlan(plan, config, invalidation));
  if (dryRun) {
    log("Dry run: nothing was uploaded, deleted or invalidated.");
    return 0;
  }
  await uploadFiles(s3, config.bucket, dir, plan.uploads);
  // Only now: until every new file is up, the old ones are what readers are served.
  await deleteKeys(s3, config.bucket, plan.deletes);
  log(`Uploaded ${plan.uploads.length}, deleted ${plan.deletes.length}.`);
  if (config.distribution && invalidation.length > 0) {
    const invalidate =
      environment.invalidate ??
      // CloudFront's API lives in us-east-1 whatever the bucket's region.
      cloudFrontInvalidator(new CloudFrontClient({ region: "us-east-1" }));
    const id = await invalidate(config.distribution, invalidation);
    log(
      `Invalidation ${id} started on ${config.distribution} for ${invalidation.length} paths.`,
    );
  }
  return 0;
}

if (require.main === module) {
  deployS3(process.argv.slice(2), { root: process.cwd(), env: process.env })
    .then((code) => {
      process.exitCode = code;
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    });
}
