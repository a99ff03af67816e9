const { rmSync } = require("node:fs");
const os = require("node:os");
const path = require("node:path");

/**
 * Before any query worker starts (they inherit the environment): the file where every process
 * of this build tallies its photos (gatsby/photos/photoCache.ts).
 */
exports.onPreBootstrap = () => {
  process.env.PHOTO_TALLY = path.join(
    os.tmpdir(),
    `gatsby-photos-${process.pid}.tally`,
  );
  rmSync(process.env.PHOTO_TALLY, { force: true });
};

/** At the end of a build, what the photos came to: how many encoded, how many from the cache. */
exports.onPostBuild = ({ reporter }) => {
  reporter.info(require("./index.js").photos().photoSummary(process.cwd()));
};
