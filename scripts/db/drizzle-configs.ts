import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Config } from "drizzle-kit";
import { REPO_ROOT } from "./repo";

/** The drizzle-kit config of each dialect, relative to the repository root. */
export const DRIZZLE_CONFIG_FILES = [
  "drizzle.config.ts",
  "drizzle.postgres.config.ts",
  "drizzle.mysql.config.ts",
] as const;

export interface DialectConfig {
  /** The config file, relative to the repository root. */
  file: string;
  config: Config;
  /** Absolute path of the config's `out` folder: that dialect's migrations. */
  migrationsDir: string;
}

export async function loadDialectConfigs(): Promise<DialectConfig[]> {
  return Promise.all(
    DRIZZLE_CONFIG_FILES.map(async (file) => {
      const module = await import(pathToFileURL(path.join(REPO_ROOT, file)).href);
      const config = module.default as Config;
      return { file, config, migrationsDir: path.resolve(REPO_ROOT, config.out ?? "drizzle") };
    }),
  );
}

/** The SQLite config: its migrations are the ones wrangler applies to D1. */
export function d1Config(configs: DialectConfig[]): DialectConfig {
  const sqlite = configs.find(({ config }) => config.dialect === "sqlite");
  if (!sqlite) throw new Error(`No sqlite config among ${DRIZZLE_CONFIG_FILES.join(", ")}`);
  return sqlite;
}
