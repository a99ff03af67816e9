import { existsSync } from "node:fs";
import path from "node:path";
import { formatProblem, showValue, type Problem } from "../content/problems";
import type { BlogConfig } from "./blogConfigSchema";

/**
 * What the settings name on disk and is not there: the profile's avatar, an image in static/.
 * Apart from blogConfigSchema.ts, whose checks need no disk (and whose type reaches the browser).
 */
export function blogConfigFileProblems(
  config: BlogConfig,
  staticDir: string,
): Problem[] {
  const avatar = config.profile?.avatar;
  if (avatar === undefined || existsSync(path.join(staticDir, avatar)))
    return [];
  return [
    {
      file: "blog.config.ts",
      field: "profile.avatar",
      value: showValue(avatar),
      expected: `an image in static/ — static${avatar} does not exist`,
    },
  ];
}

/** Stops Gatsby as it starts (gatsby-config.ts) when a file the settings name is missing. */
export function assertBlogConfigFiles(
  config: BlogConfig,
  staticDir: string,
): void {
  const problems = blogConfigFileProblems(config, staticDir);
  if (problems.length > 0)
    throw new Error(problems.map(formatProblem).join("\n"));
}
