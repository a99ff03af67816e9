import { existsSync } from "node:fs";
import path from "node:path";
import { startNginx } from "../scripts/e2e/nginxServer";
import { buildCommentsSite } from "../scripts/e2e/commentsSite";

/**
 * Serves public/ with nginx for the whole run; the origin reaches tests as E2E_ORIGIN. Builds
 * and serves a second site with comments configured (scripts/e2e/commentsSite.ts) at
 * E2E_COMMENTS_ORIGIN.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const publicDir = path.resolve("public");
  if (!existsSync(path.join(publicDir, "index.html"))) {
    throw new Error(
      "public/ has no built site: run `npm run build` before the browser tests.",
    );
  }
  const server = await startNginx(publicDir);
  process.env.E2E_ORIGIN = server.origin;
  const comments = await startNginx(await buildCommentsSite());
  process.env.E2E_COMMENTS_ORIGIN = comments.origin;
  return async () => {
    await server.stop();
    await comments.stop();
  };
}
