import path from "node:path";

/** The repository root: every path the db scripts use is resolved from here, not from the cwd. */
export const REPO_ROOT = path.resolve(import.meta.dirname, "../..");

/** A path relative to the repository root, with `/` separators (stable across platforms). */
export function repoRelative(file: string): string {
  return path.relative(REPO_ROOT, file).split(path.sep).join("/");
}
