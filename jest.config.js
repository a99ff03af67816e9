/** Unit tests: pure modules, `gatsby/` and scripts in Node (`*.test.ts`); React in jsdom (`*.test.tsx`). */
const shared = {
  transform: { "^.+\\.[jt]sx?$": "<rootDir>/jest-preprocess.js" },
  // gatsby ships untranspiled ES modules for the browser
  transformIgnorePatterns: [
    "node_modules/(?!(gatsby|gatsby-script|gatsby-link)/)",
  ],
  testPathIgnorePatterns: ["/node_modules/", "/\\.cache/", "<rootDir>/public/"],
  moduleNameMapper: { "\\.css$": "<rootDir>/__mocks__/styleMock.ts" },
  globals: { __PATH_PREFIX__: "" },
};

module.exports = {
  projects: [
    {
      ...shared,
      displayName: "node",
      testEnvironment: "node",
      testMatch: ["<rootDir>/__tests__/**/*.test.ts"],
      // The build tests run real builds: jest.build.config.js.
      testPathIgnorePatterns: [
        ...shared.testPathIgnorePatterns,
        "<rootDir>/__tests__/build/",
      ],
    },
    {
      ...shared,
      displayName: "dom",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/__tests__/**/*.test.tsx"],
      setupFilesAfterEnv: ["<rootDir>/jest.setup.ts"],
    },
  ],
};
