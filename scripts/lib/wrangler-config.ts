/**
 * wrangler.jsonc as data, and copies of it for the test runs. Wrangler reads
 * `.dev.vars` and `.env` from the directory of the config it is given, so a
 * test that pointed it at the project's wrangler.jsonc would take a
 * developer's local secrets (DATABASE_URL: their own Postgres) along with it.
 * Tests get a copy written into a directory of their own, where no such file
 * is, with every path in it made absolute.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { projectRoot } from "./paths.ts";

export type WranglerConfig = Record<string, unknown> & {
  main?: string;
  assets?: { directory?: string } & Record<string, unknown>;
  d1_databases?: ({ migrations_dir?: string } & Record<string, unknown>)[];
};

/** The project's wrangler.jsonc (comments and trailing commas allowed, as wrangler allows them). */
export function readWranglerConfig(root = projectRoot): WranglerConfig {
  const file = path.join(root, "wrangler.jsonc");
  const { config, error } = ts.parseConfigFileTextToJson(file, readFileSync(file, "utf8"));
  if (error) {
    throw new Error(`${file}: ${ts.flattenDiagnosticMessageText(error.messageText, "\n")}`);
  }
  return config as WranglerConfig;
}

/**
 * Writes the top level of `root`'s wrangler.jsonc, with `overrides`, as
 * `<directory>/<name>.json` and returns its path. The other environments are
 * left out: tests run the top level, as `npm run dev` does.
 */
export function writeIsolatedWranglerConfig(
  directory: string,
  name: string,
  overrides: WranglerConfig = {},
  root = projectRoot,
): string {
  const { $schema: _schema, env: _environments, ...config } = readWranglerConfig(root);
  const absolute = (relative: string) => path.resolve(root, relative);
  if (config.main) config.main = absolute(config.main);
  if (config.assets?.directory) {
    config.assets = { ...config.assets, directory: absolute(config.assets.directory) };
  }
  config.d1_databases = config.d1_databases?.map((database) =>
    database.migrations_dir
      ? { ...database, migrations_dir: absolute(database.migrations_dir) }
      : database,
  );
  mkdirSync(directory, { recursive: true });
  const file = path.join(directory, `${name}.json`);
  // Renamed into place, so a run reading it never sees half a file.
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, `${JSON.stringify({ ...config, ...overrides }, null, 2)}\n`);
  renameSync(partial, file);
  return file;
}
