import { runCheck } from "../../scripts/authoring/check";
import { post, tempSite } from "./tempSite";

/** A valid post file, for check fixtures. */
export const good = (
  title: string,
  path: string,
  body = "본문",
  extra: Record<string, string> = {},
) =>
  post({ title, path, category: "일상", date: "2024-01-01", ...extra }, body);

/**
 * Runs `npm run check`'s code on throwaway sites, catching what it prints. Call once at the top
 * of a test file: it registers its own setup and cleanup.
 */
export function checkRun() {
  let out: jest.SpyInstance;
  let err: jest.SpyInstance;
  const removers: Array<() => void> = [];
  beforeEach(() => {
    out = jest.spyOn(console, "log").mockImplementation(() => undefined);
    err = jest.spyOn(console, "error").mockImplementation(() => undefined);
  });
  afterEach(() => {
    removers.splice(0).forEach((remove) => remove());
    jest.restoreAllMocks();
  });
  return {
    /** The exit code, the printed lines after their heading, and the summary line. */
    check(files: Record<string, string | Buffer>, config?: unknown) {
      const site = tempSite(files);
      removers.push(site.remove);
      const code = runCheck([], site.root, config);
      const printed = err.mock.calls.flatMap((c) => String(c[0]).split("\n"));
      return {
        code,
        printed,
        lines: printed.slice(1),
        summary: String(out.mock.calls.at(-1)?.[0]),
      };
    },
  };
}
