import path from "node:path";
import { startNginx } from "./nginxServer";

/** `npm run serve:nginx`: public/ as production serves it, until Ctrl-C. */
void startNginx(path.resolve("public")).then((server) => {
  console.log(
    `Serving public/ with nginx at ${server.origin}/ (Ctrl-C stops it)`,
  );
  const stop = () => void server.stop().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
});
