/** The build test: real `gatsby build` runs on fixture content (slow, so not part of `npm test`). */
module.exports = {
  transform: { "^.+\\.[jt]sx?$": "<rootDir>/jest-preprocess.js" },
  testEnvironment: "node",
  testMatch: ["<rootDir>/__tests__/build/**/*.test.ts"],
  testTimeout: 600000,
};
