/**
 * The money rules of the features domain, each defined once. All amounts are
 * integer cents.
 */

/** A feature's price for a cycle: its pricing row for that cycle, else its base price. */
export function effectivePrice(basePriceCents: number, pricedCents: number | null) {
  return pricedCents === null
    ? { price_cents: basePriceCents, source: "base" as const }
    : { price_cents: pricedCents, source: "pricing" as const };
}

/** `pct` percent of `cents`, rounded half up (non-negative integers only). */
export const percentOf = (cents: number, pct: number) => Math.floor((cents * pct + 50) / 100);

export interface SubscriptionTerms {
  discountPct: number;
  customPriceCents: number | null;
}

/**
 * A quote's totals. Without terms, the total is the subtotal. With a user's
 * subscription terms, a custom price replaces the total outright; otherwise the
 * discount percentage comes off the subtotal (rounded half up). `discount_cents`
 * is always `subtotal_cents - total_cents` (negative when a custom price is
 * above the list price).
 */
export function quoteTotals(subtotalCents: number, terms: SubscriptionTerms | undefined) {
  const total =
    terms?.customPriceCents != null
      ? terms.customPriceCents
      : subtotalCents - percentOf(subtotalCents, terms?.discountPct ?? 0);
  return {
    subtotal_cents: subtotalCents,
    discount_cents: subtotalCents - total,
    total_cents: total,
  };
}

/**
 * A user's limit for a feature: a direct grant decides (its limit, null being
 * unlimited); a feature held only through a subscription is unlimited.
 */
export const entitlementLimit = (grant: { usageLimit: number | null } | null) =>
  grant ? grant.usageLimit : null;
