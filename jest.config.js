/** Unit tests: `src/lib` and `gatsby/` in Node, components and templates in jsdom. */
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
      testMatch: ["<rootDir>/__tests__/{lib,gatsby,scripts}/**/*.test.ts"],
    },
    {
      ...shared,
      displayName: "dom",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/__tests__/{components,templates}/**/*.test.tsx"],
      setupFilesAfterEnv: ["<rootDir>/jest.setup.ts"],
    },
  ],
};
