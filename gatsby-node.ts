// One module per Node API, in gatsby/.
export { onCreateNode } from "./gatsby/onCreateNode";
export { createSchemaCustomization } from "./gatsby/createSchemaCustomization";
export { createResolvers } from "./gatsby/createResolvers";
export { createPages } from "./gatsby/createPages";
export { onPostBuild } from "./gatsby/onPostBuild";
export { onPostBootstrap } from "./gatsby/onPostBootstrap";
export { onPreBuild } from "./gatsby/onPreBuild";
export { onCreateWebpackConfig } from "./gatsby/onCreateWebpackConfig";
