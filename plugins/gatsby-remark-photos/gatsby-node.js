/** At the end of a build, what the photos came to: how many encoded, how many from the cache. */
exports.onPostBuild = ({ reporter }) => {
  reporter.info(require("./index.js").photos().photoSummary(process.cwd()));
};
