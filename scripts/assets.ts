/**
 * npm run assets — puts the worker's static assets in place (Scalar's browser
 * build for /docs, from node_modules). `npm run dev`, `start`, `build`,
 * `deploy` and the tests do it themselves; this is for running wrangler by hand.
 */
import { parseFlags } from "./lib/args";
import { runMain } from "./lib/cli";
import { ASSETS_DIRECTORY, prepareDocsAssets } from "./lib/docs-assets";
import { displayPath } from "./lib/paths";

runMain(async () => {
  parseFlags(
    process.argv.slice(2),
    {},
    `Usage: npm run assets

Copies the worker's static assets (Scalar's browser build for /docs) out of
node_modules into assets/. The other scripts do it themselves.`,
  );
  prepareDocsAssets();
  console.log(`Static assets are in place in ${displayPath(ASSETS_DIRECTORY)}/.`);
});
