/**
 * The worker's environment, parsed once per isolate and env object.
 * Secrets and optional bindings that `wrangler types` cannot see are declared here.
 */
import { z } from "zod";

export type DatabaseDialect = "d1" | "postgres" | "mysql";

/** Bindings beyond those generated into worker-configuration.d.ts. */
export interface Bindings extends Env {
  /** postgres://, postgresql:// or mysql:// — selects that database instead of D1. */
  DATABASE_URL?: string;
  /** A Hyperdrive binding to Postgres or MySQL; wins over DATABASE_URL. */
  HYPERDRIVE?: Hyperdrive;
}

export type DatabaseTarget =
  | { dialect: "d1" }
  | { dialect: "postgres" | "mysql"; url: string; via: "url" | "hyperdrive" };

export interface AppConfig {
  environment: string;
  corsOrigins: "*" | string[];
  maxBodyBytes: number;
  serverTiming: boolean;
  database: DatabaseTarget;
}

const flag = z
  .enum(["true", "false", "1", "0", ""])
  .default("false")
  .transform((value) => value === "true" || value === "1");

const varsSchema = z.object({
  ENVIRONMENT: z.string().default("development"),
  CORS_ORIGINS: z.string().default(""),
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(1_048_576),
  SERVER_TIMING: flag,
});

export function dialectOfUrl(url: string): "postgres" | "mysql" {
  const scheme = url.slice(0, url.indexOf(":")).toLowerCase();
  if (scheme === "postgres" || scheme === "postgresql") return "postgres";
  if (scheme === "mysql") return "mysql";
  throw new Error(
    `DATABASE_URL must start with postgres://, postgresql:// or mysql:// (got "${scheme}:")`,
  );
}

function databaseTarget(env: Bindings): DatabaseTarget {
  if (env.HYPERDRIVE) {
    const url = env.HYPERDRIVE.connectionString;
    return { dialect: dialectOfUrl(url), url, via: "hyperdrive" };
  }
  if (env.DATABASE_URL) {
    return { dialect: dialectOfUrl(env.DATABASE_URL), url: env.DATABASE_URL, via: "url" };
  }
  return { dialect: "d1" };
}

function parseOrigins(raw: string): AppConfig["corsOrigins"] {
  const origins = raw
    .split(",")
    .map((origin) => origin.trim())
    .filter(Boolean);
  return origins.includes("*") ? "*" : origins;
}

const cache = new WeakMap<Bindings, AppConfig>();

export function loadConfig(env: Bindings): AppConfig {
  let config = cache.get(env);
  if (!config) {
    const vars = varsSchema.parse(env);
    config = {
      environment: vars.ENVIRONMENT,
      corsOrigins: parseOrigins(vars.CORS_ORIGINS),
      maxBodyBytes: vars.MAX_BODY_BYTES,
      serverTiming: vars.SERVER_TIMING,
      database: databaseTarget(env),
    };
    cache.set(env, config);
  }
  return config;
}
