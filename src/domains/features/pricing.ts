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
