/**
 * npm run build — bundles the production worker without deploying it
 * (`wrangler deploy --dry-run`) and checks the bundle against the 1 MiB
 * gzipped budget (DESIGN §8).
 */
import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { parseFlags } from "./lib/args";
import { runMain } from "./lib/cli";
import { displayPath, projectRoot } from "./lib/paths";
import { runWrangler } from "./lib/wrangler";

const OUT_DIR = path.join(projectRoot, "dist");
const GZIP_BUDGET = 1024 * 1024;

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Every module wrangler wrote: not source maps, nor its README about the folder. */
async function bundleFiles(): Promise<string[]> {
  const entries = await readdir(OUT_DIR, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && !entry.name.endsWith(".map") && entry.name !== "README.md")
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

runMain(async () => {
  parseFlags(process.argv.slice(2), {}, "Usage: npm run build");
  // A fresh directory, so modules from an earlier build are not counted.
  await rm(OUT_DIR, { recursive: true, force: true });
  await runWrangler(["deploy", "--dry-run", "--outdir", OUT_DIR, "--env", "production"]);

  const files = await bundleFiles();
  const contents = await Promise.all(files.map((file) => readFile(file)));
  console.log("\nBundle:");
  files.forEach((file, i) => {
    console.log(`  ${displayPath(file)}  ${kib(contents[i]!.length)}`);
  });
  const raw = contents.reduce((sum, content) => sum + content.length, 0);
  // Compressed together, as the upload limit counts the whole worker.
  const gzipped = gzipSync(Buffer.concat(contents)).length;
  console.log(
    `Total: ${kib(raw)} raw, ${kib(gzipped)} gzipped (budget ${kib(GZIP_BUDGET)} gzipped)`,
  );

  if (gzipped >= GZIP_BUDGET) {
    console.error(`error: the gzipped bundle is over budget by ${kib(gzipped - GZIP_BUDGET + 1)}`);
    return 1;
  }
  return 0;
});
