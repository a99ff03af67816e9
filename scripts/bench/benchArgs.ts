export interface BenchArgs {
  sizes: number[];
  skipHugo: boolean;
  /** Only the yardsticks, e.g. to add them to a run of this blog at a size that takes long. */
  skipOurs: boolean;
  skipBare: boolean;
  /** Append the tables to docs/benchmarks.md. */
  docs: boolean;
  /** Keep the scratch sites for a look at their public/ and build logs. */
  keep: boolean;
}

export const USAGE = `npm run bench -- [--sizes 100,1000,10000] [--skip-bare] [--skip-hugo] [--skip-ours] [--docs] [--keep]`;

/** Reads the bench's flags; throws with the usage line on anything it does not know. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = {
    sizes: [100, 1000, 10000],
    skipHugo: false,
    skipOurs: false,
    skipBare: false,
    docs: false,
    keep: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const [flag, inline] = arg.split("=", 2);
    if (flag === "--sizes") {
      const value = inline ?? argv[++i] ?? "";
      args.sizes = value.split(",").map((n) => Number(n.replace(/_/gu, "")));
      if (!value || args.sizes.some((n) => !Number.isInteger(n) || n < 2))
        throw new Error(
          `--sizes: "${value}" — expected post counts of 2 or more, e.g. 100,1000\n${USAGE}`,
        );
    } else if (arg === "--skip-hugo") args.skipHugo = true;
    else if (arg === "--skip-bare") args.skipBare = true;
    else if (arg === "--skip-ours") args.skipOurs = true;
    else if (arg === "--docs") args.docs = true;
    else if (arg === "--keep") args.keep = true;
    else throw new Error(`Unknown option "${arg}"\n${USAGE}`);
  }
  return args;
}
