import path from "node:path";

/** The repository root: wrangler.jsonc and ./migrations are found from here. */
export const projectRoot = path.resolve(import.meta.dirname, "..", "..");

/** Where wrangler keeps local state (local D1 included) unless `--persist-to` says otherwise. */
export const defaultLocalState = path.join(projectRoot, ".wrangler", "state");

/** A path for messages: relative when under the working directory, else absolute. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative;
}
