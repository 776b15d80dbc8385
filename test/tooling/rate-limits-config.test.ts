/**
 * The worker cannot read a rate-limit binding's limit and period, so each
 * environment's RATE_LIMITS repeats them for the 429's headers: in every
 * environment of wrangler.jsonc, RATE_LIMITS describes exactly the
 * `ratelimits` bindings, with the same numbers, one per budget, each in a
 * namespace of its own. The worker test suites run without the bindings.
 */
import { expect, it } from "vitest";
import { unstable_getMiniflareWorkerOptions } from "wrangler";
import { readWranglerConfig, type WranglerConfig } from "../../scripts/lib/wrangler-config";
import { parseRateLimits, RATE_LIMIT_BUDGETS } from "../../src/http/rate-limits";
import { workerTestWranglerConfig } from "../support/worker-wrangler-config";

interface RateLimitBinding {
  name: string;
  namespace_id: string;
  simple: { limit: number; period: number };
}

const config = readWranglerConfig();
const environments = {
  "(top level)": config,
  ...(config.env as Record<string, WranglerConfig>),
};

it.each(Object.entries(environments))(
  "%s: RATE_LIMITS agrees with its ratelimits bindings",
  (_name, environment) => {
    const bindings = (environment.ratelimits ?? []) as RateLimitBinding[];
    const vars = environment.vars as Record<string, string>;
    const described = Object.entries(parseRateLimits(vars.RATE_LIMITS ?? "")).map(
      ([budget, policy]) => ({
        name: RATE_LIMIT_BUDGETS[budget as keyof typeof RATE_LIMIT_BUDGETS],
        simple: policy,
      }),
    );
    expect(bindings.map(({ name, simple }) => ({ name, simple }))).toEqual(described);
    const namespaces = bindings.map((binding) => binding.namespace_id);
    expect(new Set(namespaces).size).toBe(namespaces.length);
  },
);

it("the worker test suites run without rate-limit bindings", () => {
  const { workerOptions } = unstable_getMiniflareWorkerOptions(workerTestWranglerConfig());
  expect(workerOptions.ratelimits ?? {}).toEqual({});
});
