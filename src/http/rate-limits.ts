/**
 * The rate-limit budgets (docs/architecture.md, "Rate limits"): each is a
 * Workers Rate Limiting binding (`ratelimits` in wrangler.jsonc) that the
 * RATE_LIMITS variable describes. The binding answers only "allowed or not":
 * its limit and period live in wrangler.jsonc, out of the worker's sight, so
 * RATE_LIMITS repeats them for the `RateLimit-Policy`, `RateLimit` and
 * `Retry-After` headers (test/tooling/rate-limits-config.test.ts keeps the two equal).
 */

/** Each budget's name (its policy name in the RateLimit headers) and the binding that counts it. */
export const RATE_LIMIT_BUDGETS = {
  /** GET and HEAD requests, per API key, user (JWT) or (guests) IP address. */
  reads: "READS_RATE_LIMIT",
  /** Every other method, per API key, user or IP address. */
  writes: "WRITES_RATE_LIMIT",
  /** `POST /v1/api-keys`, per API key or user, instead of `writes`. */
  "key-minting": "KEY_MINTING_RATE_LIMIT",
  /** Requests refused 401 for their credentials, per IP address. */
  "failed-auth": "FAILED_AUTH_RATE_LIMIT",
} as const;

export type RateLimitBudget = keyof typeof RATE_LIMIT_BUDGETS;

/** The periods the binding supports, in seconds. */
export const RATE_LIMIT_PERIODS = [10, 60] as const;

export interface RateLimitPolicy {
  /** Requests allowed per period (the binding's `simple.limit`). */
  limit: number;
  /** The period in seconds (the binding's `simple.period`). */
  period: (typeof RATE_LIMIT_PERIODS)[number];
}

export type RateLimitPolicies = Partial<Record<RateLimitBudget, RateLimitPolicy>>;

const isBudget = (name: string): name is RateLimitBudget => Object.hasOwn(RATE_LIMIT_BUDGETS, name);

/**
 * RATE_LIMITS: `budget=limit/period` entries separated by commas, e.g.
 * `reads=600/60, writes=120/60`; a budget left out is not enforced. Empty or
 * `off`: none is. Throws, naming the entry, on anything else.
 */
export function parseRateLimits(raw: string): RateLimitPolicies {
  const text = raw.trim();
  if (text === "" || text === "off") return {};
  const policies: RateLimitPolicies = {};
  for (const entry of text.split(",").map((part) => part.trim())) {
    const match = /^([a-z-]+)=(\d+)\/(\d+)$/.exec(entry);
    const [, name = "", limit = "", period = ""] = match ?? [];
    const periodSeconds = Number(period) as RateLimitPolicy["period"];
    if (!match || !isBudget(name) || !RATE_LIMIT_PERIODS.includes(periodSeconds)) {
      throw new Error(
        `RATE_LIMITS: "${entry}" is not budget=limit/period with a budget among ${Object.keys(RATE_LIMIT_BUDGETS).join(", ")} and a period of ${RATE_LIMIT_PERIODS.join(" or ")} seconds`,
      );
    }
    policies[name] = { limit: Number(limit), period: periodSeconds };
  }
  return policies;
}
