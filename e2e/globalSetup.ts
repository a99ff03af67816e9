import { existsSync } from "node:fs";
import path from "node:path";
import { startNginx } from "../scripts/e2e/nginxServer";

/** Serves public/ with nginx for the whole run; the origin reaches tests as E2E_ORIGIN. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const publicDir = path.resolve("public");
  if (!existsSync(path.join(publicDir, "index.html"))) {
    throw new Error(
      "public/ has no built site: run `npm run build` before the browser tests.",
    );
  }
  const server = await startNginx(publicDir);
  process.env.E2E_ORIGIN = server.origin;
  return server.stop;
}
