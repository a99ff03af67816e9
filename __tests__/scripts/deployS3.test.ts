import { createHash } from "node:crypto";
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import { deployS3 } from "../../scripts/deploy/deployS3";

/**
 * The real upload against a local S3-protocol server (s3rver on 127.0.0.1), dummy credentials:
 * every key's headers read back, then redeploys that skip, replace and delete.
 */

const POST = "2019-04-17-AWS-Summit-Seoul-메모/index.html";
const HTML = "text/html; charset=utf-8";
const REVALIDATE = "public, max-age=0, must-revalidate";
const IMMUTABLE = "public, max-age=31536000, immutable";
const EXPECTED: Record<string, [string, string]> = {
  "index.html": [HTML, REVALIDATE],
  [POST]: [HTML, REVALIDATE],
  "about/index.html": [HTML, REVALIDATE],
  "page-data/app-data.json": ["application/json; charset=utf-8", REVALIDATE],
  "page-data/index/page-data.json": [
    "application/json; charset=utf-8",
    REVALIDATE,
  ],
  "app-034974a2eea594946c9e.js": ["text/javascript; charset=utf-8", IMMUTABLE],
  "styles.87177d6f4860afd24991.css": ["text/css; charset=utf-8", IMMUTABLE],
  "static/a012d39c5fac69997b6712ce1c692b9e/사진.png": ["image/png", IMMUTABLE],
  "rss.xml": ["application/xml; charset=utf-8", REVALIDATE],
};

let server: S3rver;
let s3: S3Client;
let site: string;
let storage: string;
const sent: string[] = [];
const invalidations: Array<[string, readonly string[]]> = [];
let output: string[] = [];

function write(relative: string, text: string) {
  const file = path.join(site, "public", relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

function deploy(...args: string[]) {
  sent.length = 0;
  output = [];
  return deployS3(["--bucket", "blog", ...args], {
    root: site,
    env: { CLOUDFRONT_DISTRIBUTION_ID: "E2QWRUHAPOMQZL" },
    s3,
    invalidate: async (id, paths) => {
      invalidations.push([id, paths]);
      return "I1";
    },
    log: (line) => output.push(line),
  });
}

async function keys(): Promise<string[]> {
  const list = await s3.send(new ListObjectsV2Command({ Bucket: "blog" }));
  return (list.Contents ?? []).map((o) => o.Key ?? "").sort();
}

beforeAll(async () => {
  storage = mkdtempSync(path.join(os.tmpdir(), "s3rver-"));
  site = mkdtempSync(path.join(os.tmpdir(), "deploy-site-"));
  server = new S3rver({
    port: 0,
    address: "127.0.0.1",
    silent: true,
    directory: storage,
    configureBuckets: [{ name: "blog" }],
  });
  const { port } = await server.run();
  s3 = new S3Client({
    region: "us-east-1",
    endpoint: `http://127.0.0.1:${port}`,
    forcePathStyle: true,
    credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
  });
  const send = s3.send.bind(s3);
  jest.spyOn(s3, "send").mockImplementation(((command: {
    constructor: { name: string };
  }) => {
    sent.push(command.constructor.name);
    return send(command as never);
  }) as typeof s3.send);
  for (const key of Object.keys(EXPECTED)) write(key, `${key} 첫 빌드`);
  // As macOS may write it: the same post path, decomposed.
  unlinkSync(path.join(site, "public", POST));
  write(POST.normalize("NFD"), `${POST} 첫 빌드`);
  await s3.send(
    new PutObjectCommand({
      Bucket: "blog",
      Key: "gone/index.html",
      Body: "old",
    }),
  );
});

afterAll(async () => {
  await server.close();
  rmSync(storage, { recursive: true, force: true });
  rmSync(site, { recursive: true, force: true });
});

test("the first deploy uploads every file with its headers under an NFC key, then deletes what the build lost", async () => {
  expect(await deploy()).toBe(0);
  expect(await keys()).toEqual(Object.keys(EXPECTED).sort());
  for (const [key, [type, cache]] of Object.entries(EXPECTED)) {
    const head = await s3.send(
      new HeadObjectCommand({ Bucket: "blog", Key: key }),
    );
    expect([key, head.ContentType, head.CacheControl]).toEqual([
      key,
      type,
      cache,
    ]);
    const body = await s3.send(
      new GetObjectCommand({ Bucket: "blog", Key: key }),
    );
    expect(await body.Body?.transformToString()).toBe(`${key} 첫 빌드`);
  }
  const puts = sent.filter((name) => name === "PutObjectCommand").length;
  expect(puts).toBe(Object.keys(EXPECTED).length);
  expect(sent.lastIndexOf("PutObjectCommand")).toBeLessThan(
    sent.indexOf("DeleteObjectsCommand"),
  );
  // gone/index.html was changed by its deletion: CloudFront may still hold it.
  expect(invalidations.pop()).toEqual([
    "E2QWRUHAPOMQZL",
    ["/gone/", "/gone/index.html"],
  ]);
});

test("a second deploy of the same build uploads and invalidates nothing", async () => {
  expect(await deploy()).toBe(0);
  expect(sent).toEqual(["ListObjectsV2Command"]);
  expect(invalidations).toEqual([]);
  expect(output.join("\n")).toContain(
    `0 to upload, ${Object.keys(EXPECTED).length} unchanged, 0 to delete`,
  );
});

test("a dry run prints the plan with headers and touches nothing", async () => {
  write("index.html", "새 홈");
  expect(await deploy("--dry-run")).toBe(0);
  expect(sent).toEqual(["ListObjectsV2Command"]);
  expect(output.join("\n")).toContain(
    `upload  index.html  (changed, 0.0 KB)  Content-Type: ${HTML}  Cache-Control: ${REVALIDATE}`,
  );
  expect(output.join("\n")).toContain(`skip    ${POST}  (unchanged)`);
  expect(invalidations).toEqual([]);
});

test("a changed page is replaced, a removed one deleted, and both invalidated", async () => {
  rmSync(path.join(site, "public", "about"), { recursive: true });
  expect(await deploy()).toBe(0);
  expect(sent.filter((name) => name === "PutObjectCommand")).toHaveLength(1);
  const body = await s3.send(
    new GetObjectCommand({ Bucket: "blog", Key: "index.html" }),
  );
  expect(await body.Body?.transformToString()).toBe("새 홈");
  expect(await keys()).not.toContain("about/index.html");
  expect(invalidations).toEqual([
    ["E2QWRUHAPOMQZL", ["/", "/about/", "/about/index.html", "/index.html"]],
  ]);
  const md5 = createHash("md5")
    .update(readFileSync(path.join(site, "public", "index.html")))
    .digest("hex");
  const head = await s3.send(
    new HeadObjectCommand({ Bucket: "blog", Key: "index.html" }),
  );
  expect(head.ETag).toBe(`"${md5}"`);
});
