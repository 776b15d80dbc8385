/**
 * Rate limits (docs/architecture.md, "Rate limits"): every `/v1` request
 * spends one budget of src/http/rate-limits.ts, counted by its Workers Rate
 * Limiting binding. A budget is enforced when RATE_LIMITS describes it and its
 * binding is present; otherwise the request neither calls the binding nor
 * gets a rate-limit header.
 *
 * The binding answers only whether the request is allowed, so the headers of
 * a 429 say what is known: the policy (`RateLimit-Policy`), nothing left
 * (`r=0`) and, as the time until more (`t`, `Retry-After`), the whole period
 * — the window is the binding's, and it does not say when it ends. Allowed
 * requests carry no rate-limit header: their remaining quota is unknown.
 */
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { ApiError } from "../../errors";
import type { AppEnv } from "../env";
import { errorResponse } from "../error-handler";
import { RATE_LIMIT_BUDGETS, type RateLimitBudget, type RateLimitPolicy } from "../rate-limits";

const READS = new Set(["GET", "HEAD"]);

/** The one route with a budget of its own: minting an API key. */
const KEY_MINTING = { method: "POST", path: "/v1/api-keys" };

/** The budget a request spends: its route's own, or reads or writes by its method. */
function budgetOf(c: Context<AppEnv>): RateLimitBudget {
  if (c.req.method === KEY_MINTING.method && c.req.path === KEY_MINTING.path) return "key-minting";
  return READS.has(c.req.method) ? "reads" : "writes";
}

/** The client's address as Cloudflare reports it; requests without one (local tools) share a count. */
const clientAddress = (c: Context<AppEnv>) => c.req.header("cf-connecting-ip") ?? "unknown";

/** Whose count a request adds to, and how the refusal names it. */
function counted(c: Context<AppEnv>): { key: string; who: string } {
  const caller = c.get("caller");
  if (caller.kind === "api_key" && caller.apiKeyId)
    return { key: `api_key:${caller.apiKeyId}`, who: "API key" };
  if (caller.subject) {
    return { key: `${caller.subject.type}:${caller.subject.id}`, who: caller.subject.type };
  }
  return { key: `ip:${clientAddress(c)}`, who: "IP address" };
}

/** Whose a request is, for what is kept per caller: its rate-limit count, its idempotency keys. */
export const callerKey = (c: Context<AppEnv>) => counted(c).key;

/**
 * Spends one request of `budget` for `key`: undefined when allowed (or the
 * budget is not enforced), else the 429, its headers set on the context.
 */
async function spend(
  c: Context<AppEnv>,
  budget: RateLimitBudget,
  key: string,
  who: string,
): Promise<ApiError | undefined> {
  const policy = c.get("config").rateLimits[budget];
  // Typed as always bound (wrangler.jsonc binds it), but a configuration may leave it out.
  const binding: RateLimit | undefined = c.env[RATE_LIMIT_BUDGETS[budget]];
  if (!policy || !binding) return undefined;
  const { success } = await binding.limit({ key });
  return success ? undefined : rateLimited(c, budget, policy, who);
}

/** 429 `rate_limited`, with Retry-After and the RateLimit header fields (draft-ietf-httpapi-ratelimit-headers-10). */
function rateLimited(
  c: Context<AppEnv>,
  budget: RateLimitBudget,
  { limit, period }: RateLimitPolicy,
  who: string,
): ApiError {
  c.header("Retry-After", String(period));
  c.header("RateLimit-Policy", `"${budget}";q=${limit};w=${period}`);
  c.header("RateLimit", `"${budget}";r=0;t=${period}`);
  return new ApiError(
    429,
    `Rate limit exceeded: the "${budget}" budget allows ${limit} requests per ${period} seconds for each ${who}; retry after ${period} seconds`,
  );
}

/**
 * Counts each request refused for its credentials against the client's IP
 * address (`failed-auth`); once the budget is spent, such refusals answer 429
 * instead of 401. Valid credentials from that address still work. Runs just
 * before `authenticate`: a 401 while no caller is set is one it refused.
 */
export const failedAuthenticationLimit = () =>
  createMiddleware<AppEnv>(async (c, next) => {
    await next();
    if (c.res.status !== 401 || c.get("caller") !== undefined) return;
    const refusal = await spend(c, "failed-auth", `ip:${clientAddress(c)}`, "IP address");
    if (refusal) c.res = errorResponse(c, refusal);
  });

/** Spends the request's budget (reads, writes or key minting) for its caller; 429 once spent. Runs after `authenticate`. */
export const requestRateLimit = () =>
  createMiddleware<AppEnv>(async (c, next) => {
    const { key, who } = counted(c);
    const refusal = await spend(c, budgetOf(c), key, who);
    if (refusal) throw refusal;
    await next();
  });
