/**
 * The static assets the worker serves (wrangler.jsonc `assets`): Scalar's
 * browser build for the /docs page, copied out of node_modules so that the
 * version is the one package.json pins and the page needs no CDN. The folder
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

export function prepareDocsAssets(): void {
  const build = readFileSync(scalarBrowserBuild());
  // Left alone when current: a running `wrangler dev` reloads on every change.
  if (existsSync(SCALAR_ASSET) && readFileSync(SCALAR_ASSET).equals(build)) return;
  mkdirSync(path.dirname(SCALAR_ASSET), { recursive: true });
  // Renamed into place: a test run and `npm run dev` may prepare it at the same moment.
  const partial = `${SCALAR_ASSET}.${process.pid}.tmp`;
  writeFileSync(partial, build);
  renameSync(partial, SCALAR_ASSET);
}
