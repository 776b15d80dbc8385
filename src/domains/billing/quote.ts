/**
 * The price quote: a set of features, or a preset, priced for a cycle, with
 * the terms of the user's subscription when one is named. Its money rules are
 * each defined once here; all amounts are integer cents.
 */
import type { z } from "@hono/zod-openapi";
import type { Database } from "../../db/database";
import { mapPlan, type Plan, type PlanResult } from "../../db/plan";
import { ApiError } from "../../errors";
import { type Cycle, effectivePrice, missingSlugs, requireKnownSlugs } from "../catalog";
import { featureQuoteRows, presetQuoteRows } from "./billing.queries";
import type { QuoteQuery } from "./billing.routes";
import type { Quote } from "./billing.shapes";

/** `pct` percent of `cents`, rounded half up (non-negative integers only). */
const percentOf = (cents: number, pct: number) => Math.floor((cents * pct + 50) / 100);

interface SubscriptionTerms {
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
function quoteTotals(subtotalCents: number, terms: SubscriptionTerms | undefined) {
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

/** A quote row, whichever query read it (a preset's may name no feature). */
type QuoteRow = Omit<PlanResult<ReturnType<typeof presetQuoteRows>>[number], "presetSlugs">;

/**
 * The quote the query asks for, in one statement: 422 for an unknown preset or
 * unknown feature slugs.
 */
export function quoteOf(
  db: Database,
  { features, preset, cycle, user_id: userId }: z.output<typeof QuoteQuery>,
): Plan<z.output<typeof Quote>> {
  if (preset === undefined) {
    const slugs = [...new Set(features!)];
    return mapPlan(featureQuoteRows(db, slugs, cycle, userId), (rows) =>
      priced(cycle, slugs, rows),
    );
  }
  return mapPlan(presetQuoteRows(db, preset, cycle, userId), (rows) => {
    if (rows.length === 0) {
      throw new ApiError(422, `Unknown preset: ${preset}`, { unknown_preset: preset });
    }
    return priced(cycle, rows[0]!.presetSlugs, rows);
  });
}

/**
 * The quote from its rows: one per feature and candidate subscription (a
 * feature's row repeats for each active subscription of the user; the newest
 * subscription applies).
 */
function priced(cycle: Cycle, slugs: string[], rows: QuoteRow[]): z.output<typeof Quote> {
  requireKnownSlugs(missingSlugs(slugs, rows));
  const prices = new Map(rows.map((row) => [row.slug, row]));
  const subscription = rows
    .filter((row) => row.subscriptionId !== null)
    .sort((a, b) => (a.subscriptionId! < b.subscriptionId! ? 1 : -1))[0];
  const lines = slugs.map((slug) => {
    const row = prices.get(slug)!;
    return { slug, ...effectivePrice(row.basePriceCents!, row.pricedCents) };
  });
  const subtotal = lines.reduce((sum, line) => sum + line.price_cents, 0);
  const terms = subscription && {
    discountPct: subscription.discountPct!,
    customPriceCents: subscription.customPriceCents,
  };
  return {
    cycle,
    lines,
    ...quoteTotals(subtotal, terms),
    subscription_id: subscription?.subscriptionId ?? null,
  };
}
