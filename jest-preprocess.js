// Jest compiles TS/TSX with Gatsby's own Babel preset, so tests see the code the site ships.
module.exports = require("babel-jest").default.createTransformer({
  presets: ["babel-preset-gatsby", "@babel/preset-typescript"],
});
