/**
 * The static assets the worker serves (wrangler.jsonc `assets`): Scalar's
 * browser build for the /docs page, copied out of node_modules so that the
 * version is the one package.json pins and the page needs no CDN, with the
 * `_headers` rules Workers Assets serves it with. The folder
 * is generated and git-ignored; `npm run dev`, `start`, `build`, `deploy`,
 * the test runs and the benchmark put it in place before wrangler reads it.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { projectRoot } from "./paths.ts";

/** wrangler.jsonc's `assets.directory`. */
export const ASSETS_DIRECTORY = path.join(projectRoot, "assets");

/** src/domains/docs/reference-page.ts loads it from /docs/scalar-api-reference.js. */
const SCALAR_ASSET = path.join(ASSETS_DIRECTORY, "docs", "scalar-api-reference.js");

/** The self-contained (UMD) build: one file, no chunks loaded at run time. */
function scalarBrowserBuild(): string {
  const entry = createRequire(import.meta.url).resolve("@scalar/api-reference");
  return path.join(path.dirname(entry), "browser", "standalone.js");
}

/**
 * Headers Workers Assets adds to the files it serves (which never reach the
 * worker, whose middleware gives every other response nosniff).
 */
const ASSET_HEADERS = path.join(ASSETS_DIRECTORY, "_headers");
const ASSET_HEADER_RULES = "/*\n  X-Content-Type-Options: nosniff\n";

export function prepareDocsAssets(): void {
  placeFile(SCALAR_ASSET, readFileSync(scalarBrowserBuild()));
  placeFile(ASSET_HEADERS, Buffer.from(ASSET_HEADER_RULES));
}

function placeFile(file: string, content: Buffer): void {
  // Left alone when current: a running `wrangler dev` reloads on every change.
  if (existsSync(file) && readFileSync(file).equals(content)) return;
  mkdirSync(path.dirname(file), { recursive: true });
  // Renamed into place: a test run and `npm run dev` may prepare it at the same moment.
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, content);
  renameSync(partial, file);
}
