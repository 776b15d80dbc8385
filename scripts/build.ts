/**
 * npm run build — bundles the production worker without deploying it
 * (`wrangler deploy --dry-run`) and checks the bundle against the 1 MiB
 * gzipped budget (docs/architecture.md §9).
 */
import path from "node:path";
import { parseFlags } from "./lib/args";
import { buildBundle, GZIP_BUDGET_BYTES, kib } from "./lib/bundle";
import { runMain } from "./lib/cli";
import { displayPath, projectRoot } from "./lib/paths";

runMain(async () => {
  parseFlags(
    process.argv.slice(2),
    {},
    `Usage: npm run build

Bundles the production worker as \`npm run deploy\` would upload it (wrangler
deploy --dry-run into dist/) and fails when it is over the 1 MiB gzipped budget.
The static assets (/docs) are put in place but are not part of the bundle.`,
  );
  const bundle = await buildBundle(path.join(projectRoot, "dist"), { quiet: false });
  console.log("\nBundle:");
  for (const file of bundle.files) console.log(`  ${displayPath(file.path)}  ${kib(file.bytes)}`);
  console.log(
    `Total: ${kib(bundle.rawBytes)} raw, ${kib(bundle.gzippedBytes)} gzipped (budget ${kib(GZIP_BUDGET_BYTES)} gzipped)`,
  );
  if (bundle.gzippedBytes >= GZIP_BUDGET_BYTES) {
    console.error(
      `error: the gzipped bundle is over budget by ${kib(bundle.gzippedBytes - GZIP_BUDGET_BYTES + 1)}`,
    );
    return 1;
  }
  return 0;
});
