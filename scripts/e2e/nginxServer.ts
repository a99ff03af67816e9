import { spawn } from "node:child_process";
import {
  chmodSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";

const template = path.resolve(__dirname, "..", "..", "deploy", "nginx.conf");
const NGINX = process.env.NGINX_BIN ?? "/usr/sbin/nginx";

export interface RunningServer {
  /** e.g. http://127.0.0.1:41234 — no trailing slash */
  origin: string;
  stop: () => Promise<void>;
}

/** A port nothing listens on right now, on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilServing(
  origin: string,
  exited: () => string | null,
): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const failure = exited();
    if (failure) throw new Error(failure);
    try {
      await fetch(`${origin}/`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`nginx did not answer at ${origin} within 10 s`);
}

/**
 * Starts Debian's nginx with deploy/nginx.conf serving `root` on a free port of 127.0.0.1, in
 * the foreground as a child of this process, with its pid, logs and temp files in a temp folder.
 */
export async function startNginx(root: string): Promise<RunningServer> {
  const port = await freePort();
  const runtime = mkdtempSync(path.join(os.tmpdir(), "blog-nginx-"));
  // Workers drop root privileges; they must be able to reach the temp folders.
  chmodSync(runtime, 0o755);
  const conf = path.join(runtime, "nginx.conf");
  writeFileSync(
    conf,
    readFileSync(template, "utf8")
      .replaceAll("__ROOT__", path.resolve(root))
      .replaceAll("__LISTEN__", `127.0.0.1:${port}`)
      .replaceAll("__RUNTIME__", runtime)
      .replaceAll("__DEPLOY__", path.dirname(template)),
  );
  const child = spawn(
    NGINX,
    ["-c", conf, "-p", runtime, "-e", path.join(runtime, "error.log")],
    {
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  let failure: string | null = null;
  child.once(
    "error",
    (error) => (failure = `could not start ${NGINX}: ${error.message}`),
  );
  child.once(
    "exit",
    (code) =>
      (failure ??= `nginx exited with code ${code}; see ${runtime}/error.log`),
  );
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilServing(origin, () => failure);
  return {
    origin,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => {
          rmSync(runtime, { recursive: true, force: true });
          resolve();
        });
        child.kill("SIGQUIT");
      }),
  };
}
