/**
 * The worker's environment, parsed once per isolate and env object.
 * Secrets and optional bindings that `wrangler types` cannot see are declared here.
 */
import { z } from "zod";
import { USER_SCOPES } from "./auth/scopes";
import type { BatchingSetting } from "./db/drivers/batching";
import { parseRateLimits, type RateLimitPolicies } from "./http/rate-limits";

/** What the webhooks queue carries: read the outbox for new deliveries, or send one delivery. */
export type WebhookMessage = { kind: "dispatch" } | { kind: "deliver"; delivery_id: string };

export type DatabaseDialect = "d1" | "postgres" | "mysql";

/** Bindings beyond those generated into worker-configuration.d.ts. */
export interface Bindings extends Omit<Env, "WEBHOOKS_QUEUE"> {
  /** The webhooks queue (producer); absent: endpoints are managed but nothing is sent. */
  WEBHOOKS_QUEUE?: Queue<WebhookMessage>;
  /** postgres://, postgresql:// or mysql:// — selects that database instead of D1. */
  DATABASE_URL?: string;
  /** A Hyperdrive binding to Postgres or MySQL; wins over DATABASE_URL. */
  HYPERDRIVE?: Hyperdrive;
  /** HS256 secret for JWT bearer tokens. */
  JWT_SECRET?: string;
  /** JWKS URL for JWT bearer tokens signed with RS256/ES256 keys. */
  JWT_JWKS_URL?: string;
  JWT_ISSUER?: string;
  JWT_AUDIENCE?: string;
  /** Claim holding the token's scopes (space-separated string or array); default `scope`. */
  JWT_SCOPES_CLAIM?: string;
  /** Scopes for tokens without that claim (space-separated); default: every read and write scope. */
  JWT_DEFAULT_SCOPES?: string;
  /** "true": a token for an unknown (issuer, subject) creates its user from the `email`/`name` claims. */
  JWT_PROVISION_USERS?: string;
  /** How long a verified API key, or a token's user, is trusted without asking the database again (seconds). */
  API_KEY_CACHE_SECONDS?: string;
}

/**
 * The bindings that choose and reach the database (docs/architecture.md §8):
 * what another worker sharing Hearth's database passes to `openDatabase`.
 */
export interface DatabaseBindings {
  DB?: D1Database;
  DATABASE_URL?: string;
  HYPERDRIVE?: Hyperdrive;
  DATABASE_BATCHING?: string;
}

export type DatabaseTarget =
  | { dialect: "d1" }
  | {
      dialect: "postgres" | "mysql";
      url: string;
      via: "url" | "hyperdrive";
      /** How statements issued together are sent (DATABASE_BATCHING). */
      batching: BatchingSetting;
    };

export interface JwtConfig {
  /** An HS256 secret, or a JWKS URL for asymmetric keys. */
  key: { secret: string } | { jwksUrl: string };
  issuer?: string;
  audience?: string;
  scopesClaim: string;
  defaultScopes: string[];
  /** Create a user for a token whose (issuer, subject) is linked to none (JWT_PROVISION_USERS). */
  provisionUsers: boolean;
}

export interface AppConfig {
  environment: string;
  corsOrigins: "*" | string[];
  maxBodyBytes: number;
  serverTiming: boolean;
  database: DatabaseTarget;
  /** Absent when neither JWT_SECRET nor JWT_JWKS_URL is set: bearer JWTs are refused. */
  jwt?: JwtConfig;
  /** How long an isolate trusts a verified API key or a token's resolved user. */
  apiKeyCacheMs: number;
  /** Present when READ_ONLY is on: writes answer 503 `read_only` (a database cutover). */
  readOnly?: { retryAfterSeconds: number };
  /** The budgets RATE_LIMITS describes; each is enforced when its binding is present too. */
  rateLimits: RateLimitPolicies;
  /** Versioned writes (PATCH/DELETE of an item) refuse a request without `If-Match`: 428 (REQUIRE_IF_MATCH). */
  requireIfMatch: boolean;
  /** Events older than this many days are pruned by the Cron Trigger; 0 keeps them (EVENTS_RETENTION_DAYS). */
  eventsRetentionDays: number;
  webhooks: WebhooksConfig;
}

/** How webhooks are sent (docs/architecture.md §21). */
export interface WebhooksConfig {
  /** http and private, loopback and internal hosts allowed as targets (WEBHOOKS_ALLOW_PRIVATE_TARGETS): local development only. */
  allowPrivateTargets: boolean;
  /** The first retry's ceiling, doubling with each attempt (WEBHOOK_RETRY_BASE_SECONDS). */
  retryBaseSeconds: number;
  /** Attempts before a delivery is dead (WEBHOOK_MAX_ATTEMPTS). */
  maxAttempts: number;
  /** Dead deliveries in a row that disable an endpoint (WEBHOOK_DISABLE_AFTER). */
  disableAfter: number;
}

const flag = z
  .enum(["true", "false", "1", "0", ""])
  .default("false")
  .transform((value) => value === "true" || value === "1");

const batchingSetting = z.enum(["auto", "batched", "sequential"]).default("auto");

const varsSchema = z.object({
  ENVIRONMENT: z.string().default("development"),
  CORS_ORIGINS: z.string().default(""),
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(1_048_576),
  SERVER_TIMING: flag,
  JWT_SECRET: z.string().min(16).optional(),
  JWT_JWKS_URL: z.url({ protocol: /^https?$/ }).optional(),
  JWT_ISSUER: z.string().optional(),
  JWT_AUDIENCE: z.string().optional(),
  JWT_SCOPES_CLAIM: z.string().default("scope"),
  JWT_DEFAULT_SCOPES: z.string().optional(),
  JWT_PROVISION_USERS: flag,
  API_KEY_CACHE_SECONDS: z.coerce.number().min(0).max(3600).default(30),
  DATABASE_BATCHING: batchingSetting,
  READ_ONLY: flag,
  READ_ONLY_RETRY_AFTER: z.coerce.number().int().min(1).max(86_400).default(60),
  RATE_LIMITS: z.string().default("off"),
  REQUIRE_IF_MATCH: flag,
  EVENTS_RETENTION_DAYS: z.coerce.number().int().min(0).max(36_500).default(90),
  WEBHOOKS_ALLOW_PRIVATE_TARGETS: flag,
  WEBHOOK_RETRY_BASE_SECONDS: z.coerce.number().int().min(1).max(21_600).default(30),
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  WEBHOOK_DISABLE_AFTER: z.coerce.number().int().min(1).max(1000).default(5),
});

const words = (text: string) => text.split(/\s+/).filter(Boolean);

function jwtConfig(vars: z.output<typeof varsSchema>): JwtConfig | undefined {
  const key = vars.JWT_SECRET
    ? { secret: vars.JWT_SECRET }
    : vars.JWT_JWKS_URL
      ? { jwksUrl: vars.JWT_JWKS_URL }
      : undefined;
  if (!key) return undefined;
  return {
    key,
    issuer: vars.JWT_ISSUER,
    audience: vars.JWT_AUDIENCE,
    scopesClaim: vars.JWT_SCOPES_CLAIM,
    defaultScopes: vars.JWT_DEFAULT_SCOPES ? words(vars.JWT_DEFAULT_SCOPES) : USER_SCOPES,
    provisionUsers: vars.JWT_PROVISION_USERS,
  };
}

export function dialectOfUrl(url: string): "postgres" | "mysql" {
  const scheme = url.slice(0, url.indexOf(":")).toLowerCase();
  if (scheme === "postgres" || scheme === "postgresql") return "postgres";
  if (scheme === "mysql") return "mysql";
  throw new Error(
    `DATABASE_URL must start with postgres://, postgresql:// or mysql:// (got "${scheme}:")`,
  );
}

function databaseTarget(env: DatabaseBindings, batching: BatchingSetting): DatabaseTarget {
  if (env.HYPERDRIVE) {
    const url = env.HYPERDRIVE.connectionString;
    return { dialect: dialectOfUrl(url), url, via: "hyperdrive", batching };
  }
  if (env.DATABASE_URL) {
    const url = env.DATABASE_URL;
    return { dialect: dialectOfUrl(url), url, via: "url", batching };
  }
  return { dialect: "d1" };
}

/** The database `env` selects, read as the worker reads it, without the rest of its configuration. */
export function databaseTargetOf(env: DatabaseBindings): DatabaseTarget {
  return databaseTarget(env, batchingSetting.parse(env.DATABASE_BATCHING));
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
      database: databaseTarget(env, vars.DATABASE_BATCHING),
      jwt: jwtConfig(vars),
      apiKeyCacheMs: vars.API_KEY_CACHE_SECONDS * 1000,
      readOnly: vars.READ_ONLY ? { retryAfterSeconds: vars.READ_ONLY_RETRY_AFTER } : undefined,
      rateLimits: parseRateLimits(vars.RATE_LIMITS),
      requireIfMatch: vars.REQUIRE_IF_MATCH,
      eventsRetentionDays: vars.EVENTS_RETENTION_DAYS,
      webhooks: {
        allowPrivateTargets: vars.WEBHOOKS_ALLOW_PRIVATE_TARGETS,
        retryBaseSeconds: vars.WEBHOOK_RETRY_BASE_SECONDS,
        maxAttempts: vars.WEBHOOK_MAX_ATTEMPTS,
        disableAfter: vars.WEBHOOK_DISABLE_AFTER,
      },
    };
    cache.set(env, config);
  }
  return config;
}
