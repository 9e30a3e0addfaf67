// bottleneck/light.js is Bottleneck without its Redis clustering: the build @octokit/plugin-throttling uses,
// with the API bottleneck.d.ts describes.
declare module "bottleneck/light.js" {
  import Bottleneck from "bottleneck";
  export default Bottleneck;
}
