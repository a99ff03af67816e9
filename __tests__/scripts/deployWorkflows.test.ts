import { readFileSync } from "node:fs";
import { load } from "js-yaml";

/**
 * The deploy-on-push workflows in .github/workflows/, read as GitHub reads them: what a new
 * owner turns on must test before it builds, build before it deploys, keep the caches that make
 * builds warm, and run commands package.json has.
 */

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  needs?: string;
  steps: Step[];
}
interface Workflow {
  on: { push: { branches: string[] } };
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflow = (name: string) =>
  load(readFileSync(`.github/workflows/${name}`, "utf8")) as Workflow;
const scripts = Object.keys(
  (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: object })
    .scripts,
);

/** Where in a job the first step that matches comes; -1 if none does. */
const indexOf = (job: Job, match: (step: Step) => boolean) =>
  job.steps.findIndex(match);
const runs = (command: string) => (step: Step) => step.run === command;
const uses = (action: string) => (step: Step) =>
  step.uses?.startsWith(`${action}@`) ?? false;

describe.each([
  ["deploy-github-pages.yml", "build", "vars.DEPLOY_TO_PAGES == 'true'"],
  ["deploy-s3.yml", "deploy", "vars.S3_BUCKET != ''"],
])("%s", (file, jobName, switchedOnBy) => {
  const flow = workflow(file);
  const job = flow.jobs[jobName] as Job;

  test("runs on a push to main, once the owner has switched it on", () => {
    expect(flow.on.push.branches).toEqual(["main"]);
    expect(job.if).toBe(switchedOnBy);
  });

  test("installs from the lockfile on the Node.js of .nvmrc, tests, and only then builds", () => {
    const setup = job.steps[indexOf(job, uses("actions/setup-node"))];
    expect(setup?.with?.["node-version-file"]).toBe(".nvmrc");
    const install = indexOf(job, runs("npm ci"));
    const tests = indexOf(job, runs("npm test"));
    const build = indexOf(job, runs("npm run build"));
    expect(install).toBeGreaterThan(indexOf(job, uses("actions/checkout")));
    expect(tests).toBeGreaterThan(install);
    expect(build).toBeGreaterThan(tests);
  });

  test("restores .cache, public/ and the preview cards after npm ci and before the build", () => {
    const cache = indexOf(job, uses("actions/cache"));
    expect(cache).toBeGreaterThan(indexOf(job, runs("npm ci")));
    expect(cache).toBeLessThan(indexOf(job, runs("npm run build")));
    const paths = job.steps[cache]?.with?.path?.trim().split("\n");
    expect(paths).toEqual([".cache", "public", "node_modules/.cache"]);
  });

  test("every npm command it runs is one package.json has", () => {
    const commands = Object.values(flow.jobs)
      .flatMap((j) => j.steps)
      .flatMap((step) => [...(step.run ?? "").matchAll(/npm run ([\w:-]+)/gu)])
      .map((m) => m[1]);
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) expect(scripts).toContain(command);
  });

  test("asks for a token GitHub can exchange (OIDC), and nothing it does not need", () => {
    expect(flow.permissions["id-token"]).toBe("write");
    expect(flow.permissions.contents).toBe("read");
  });
});

describe("deploy-github-pages.yml", () => {
  const flow = workflow("deploy-github-pages.yml");
  const build = flow.jobs.build as Job;

  test("builds with the Pages site's path prefix and hands public/ to the official Pages actions", () => {
    const step = build.steps[indexOf(build, runs("npm run build"))];
    expect(step?.env).toEqual({
      PATH_PREFIX: "${{ steps.pages.outputs.base_path }}",
      PREFIX_PATHS: "true",
    });
    expect(
      indexOf(
        build,
        (s) => s.id === "pages" && uses("actions/configure-pages")(s),
      ),
    ).toBeLessThan(indexOf(build, runs("npm run build")));
    const upload =
      build.steps[indexOf(build, uses("actions/upload-pages-artifact"))];
    expect(upload?.with?.path).toBe("public");
    const deploy = flow.jobs.deploy as Job;
    expect(deploy.needs).toBe("build");
    expect(deploy.steps.some(uses("actions/deploy-pages"))).toBe(true);
    expect(flow.permissions.pages).toBe("write");
  });
});

describe("deploy-s3.yml", () => {
  const job = workflow("deploy-s3.yml").jobs.deploy as Job;

  test("gets AWS credentials (a role by OIDC, else key secrets) after the build, then deploys", () => {
    const credentials = indexOf(
      job,
      uses("aws-actions/configure-aws-credentials"),
    );
    expect(credentials).toBeGreaterThan(indexOf(job, runs("npm run build")));
    expect(job.steps[credentials]?.with).toMatchObject({
      "role-to-assume": "${{ vars.AWS_ROLE_ARN }}",
      "aws-access-key-id": "${{ secrets.AWS_ACCESS_KEY_ID }}",
      "aws-secret-access-key": "${{ secrets.AWS_SECRET_ACCESS_KEY }}",
    });
    const deploy = indexOf(job, runs("npm run deploy:s3"));
    expect(deploy).toBeGreaterThan(credentials);
    // The names scripts/deploy/deployConfig.ts reads.
    expect(Object.keys(job.steps[deploy]?.env ?? {})).toEqual([
      "S3_BUCKET",
      "S3_PREFIX",
      "CLOUDFRONT_DISTRIBUTION_ID",
    ]);
  });
});
