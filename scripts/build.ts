/**
 * npm run build — bundles the production worker without deploying it
 * (`wrangler deploy --dry-run`) and checks the bundle against the 1 MiB
 * gzipped budget (docs/architecture.md §9), then builds the npm package's
 * dist/ (`--package-only`: just that, as `npm pack` does before packing).
 */
import path from "node:path";
import { parseFlags } from "./lib/args";
import { buildBundle, GZIP_BUDGET_BYTES, kib } from "./lib/bundle";
import { runMain } from "./lib/cli";
import { buildPackage, PACKAGE_DIST } from "./lib/package-build";
import { displayPath, projectRoot } from "./lib/paths";

runMain(async () => {
  const flags = parseFlags(
    process.argv.slice(2),
    { "package-only": { type: "boolean", default: false } },
    `Usage: npm run build [-- --package-only]

Bundles the production worker as \`npm run deploy\` would upload it (wrangler
deploy --dry-run into .wrangler/bundle/) and fails when it is over the 1 MiB
gzipped budget. The static assets (/docs) are put in place but are not part of
the bundle. Then builds the npm package's entry points and declarations into
dist/ (package.json "exports").
--package-only  build only dist/ (what \`npm pack\` runs first).`,
  );
  let overBudget = false;
  if (!flags["package-only"]) {
    const bundle = await buildBundle(path.join(projectRoot, ".wrangler", "bundle"), {
      quiet: false,
    });
    console.log("\nBundle:");
    for (const file of bundle.files) console.log(`  ${displayPath(file.path)}  ${kib(file.bytes)}`);
    console.log(
      `Total: ${kib(bundle.rawBytes)} raw, ${kib(bundle.gzippedBytes)} gzipped (budget ${kib(GZIP_BUDGET_BYTES)} gzipped)`,
    );
    if (bundle.gzippedBytes >= GZIP_BUDGET_BYTES) {
      console.error(
        `error: the gzipped bundle is over budget by ${kib(bundle.gzippedBytes - GZIP_BUDGET_BYTES + 1)}`,
      );
      overBudget = true;
    }
  }
  const files = await buildPackage();
  console.log(`\nPackage: ${files.length} files in ${displayPath(PACKAGE_DIST)}/`);
  return overBudget ? 1 : 0;
});
