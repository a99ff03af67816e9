export interface BenchArgs {
  sizes: number[];
  skipHugo: boolean;
  /** Only the yardsticks, e.g. to add them to a run of this blog at a size that takes long. */
  skipOurs: boolean;
  skipBare: boolean;
  /** No `gatsby develop` start and saves. */
  skipDevelop: boolean;
  /** Saves timed in each `gatsby develop`. */
  saves: number;
  /** Posts with two phone-size photos each, built in a site of their own; 0 for none. */
  photos: number;
  /** Append the tables to docs/benchmarks.md. */
  docs: boolean;
  /** Keep the scratch sites for a look at their public/ and build logs. */
  keep: boolean;
}

export const USAGE =
  "npm run bench -- [--sizes 100,1000,10000] [--saves 5] [--photos N] [--skip-develop] " +
  "[--skip-bare] [--skip-hugo] [--skip-ours] [--docs] [--keep]\n" +
  "(--photos: 10 by default, none when every size is under 100, as in CI's quick run)";

function count(flag: string, value: string, least: number): number {
  const n = Number(value.replace(/_/gu, ""));
  if (!value || !Number.isInteger(n) || n < least)
    throw new Error(
      `${flag}: "${value}" — expected a whole number of ${least} or more\n${USAGE}`,
    );
  return n;
}

/** Reads the bench's flags; throws with the usage line on anything it does not know. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = {
    sizes: [100, 1000, 10000],
    skipHugo: false,
    skipOurs: false,
    skipBare: false,
    skipDevelop: false,
    saves: 5,
    photos: -1,
    docs: false,
    keep: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const [flag = "", inline] = arg.split("=", 2);
    const value = () => inline ?? argv[++i] ?? "";
    if (flag === "--sizes") {
      const list = value();
      args.sizes = list.split(",").map((n) => Number(n.replace(/_/gu, "")));
      if (!list || args.sizes.some((n) => !Number.isInteger(n) || n < 2))
        throw new Error(
          `--sizes: "${list}" — expected post counts of 2 or more, e.g. 100,1000\n${USAGE}`,
        );
    } else if (flag === "--saves") args.saves = count(flag, value(), 1);
    else if (flag === "--photos") args.photos = count(flag, value(), 0);
    else if (arg === "--skip-develop") args.skipDevelop = true;
    else if (arg === "--skip-hugo") args.skipHugo = true;
    else if (arg === "--skip-bare") args.skipBare = true;
    else if (arg === "--skip-ours") args.skipOurs = true;
    else if (arg === "--docs") args.docs = true;
    else if (arg === "--keep") args.keep = true;
    else throw new Error(`Unknown option "${arg}"\n${USAGE}`);
  }
  // Twenty 12-megapixel photos take minutes to resize: not for a quick check of the script.
  if (args.photos < 0) args.photos = args.sizes.every((n) => n < 100) ? 0 : 10;
  return args;
}
