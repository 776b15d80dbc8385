/**
 * The production bundle as `wrangler deploy` would upload it, built with
 * `--dry-run`, and its size against the 1 MiB gzipped budget (docs/architecture.md §9).
 */
import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { prepareDocsAssets } from "./docs-assets";
import { runWrangler, runWranglerQuietly } from "./wrangler";

export const GZIP_BUDGET_BYTES = 1024 * 1024;

export interface Bundle {
  files: { path: string; bytes: number }[];
  rawBytes: number;
  gzippedBytes: number;
}

/** Every module wrangler wrote: not source maps, nor its README about the folder. */
async function bundleFiles(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && !entry.name.endsWith(".map") && entry.name !== "README.md")
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Builds into `outDir` (emptied first, so no earlier module is counted) and measures it. */
export async function buildBundle(outDir: string, options: { quiet: boolean }): Promise<Bundle> {
  await rm(outDir, { recursive: true, force: true });
  // Uploaded beside the script, not part of it: wrangler only needs them in place.
  prepareDocsAssets();
  const args = ["deploy", "--dry-run", "--outdir", outDir, "--env", "production"];
  await (options.quiet ? runWranglerQuietly(args) : runWrangler(args));
  const files = await bundleFiles(outDir);
  const contents = await Promise.all(files.map((file) => readFile(file)));
  return {
    files: files.map((file, i) => ({ path: file, bytes: contents[i]!.length })),
    rawBytes: contents.reduce((sum, content) => sum + content.length, 0),
    // Compressed together, as the upload limit counts the whole worker.
    gzippedBytes: gzipSync(Buffer.concat(contents)).length,
  };
}

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
