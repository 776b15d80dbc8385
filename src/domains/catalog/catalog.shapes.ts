/** What the catalogue answers: features, their price for a cycle, presets. */
import { z } from "@hono/zod-openapi";
import { BILLING_CYCLES } from "../../db/schema/features";
import { Id, iso, isoOrNull, Timestamp } from "../../http/schemas";
import type { FeatureRow, PresetRow } from "./catalog.queries";

export const Cycle = z.enum(BILLING_CYCLES);
export type Cycle = z.output<typeof Cycle>;

export const Feature = z
  .object({
    id: Id,
    slug: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    category: z.string(),
    milestone: z.string().nullable(),
    base_price_cents: z.number().int(),
    operation_cost_cents: z.number().int(),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .openapi("Feature");

export const toFeature = (row: FeatureRow) => ({
  id: row.id,
  slug: row.slug,
  name: row.name,
  description: row.description,
  category: row.category,
  milestone: row.milestone,
  base_price_cents: row.basePriceCents,
  operation_cost_cents: row.operationCostCents,
  created_at: iso(row.createdAt),
  updated_at: iso(row.updatedAt),
});

/** A price and what decided it: the fields of a feature's price and of a quote's lines. */
export const PriceFields = {
  price_cents: z.number().int(),
  source: z.enum(["base", "pricing"]),
};

/** A feature's price for a cycle: its pricing row for that cycle, else its base price. */
export function effectivePrice(basePriceCents: number, pricedCents: number | null) {
  return pricedCents === null
    ? { price_cents: basePriceCents, source: "base" as const }
    : { price_cents: pricedCents, source: "pricing" as const };
}

export const FeaturePrice = z
  .object({
    feature_id: Id,
    cycle: Cycle,
    ...PriceFields,
    updated_at: Timestamp.nullable().openapi({
      description:
        "When the pricing row was last set (its version, which `If-Match` checks); null when the base price applies",
    }),
  })
  .openapi("FeaturePrice");

export const toFeaturePrice = (
  featureId: string,
  cycle: Cycle,
  row: { basePriceCents: number; pricedCents: number | null; pricedAt: Date | null },
) => ({
  feature_id: featureId,
  cycle,
  ...effectivePrice(row.basePriceCents, row.pricedCents),
  updated_at: isoOrNull(row.pricedAt),
});

export const FeaturePreset = z
  .object({
    id: Id,
    name: z.string(),
    feature_slugs: z.array(z.string()),
    sort_order: z.number().int(),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .openapi("FeaturePreset");

export const toPreset = (row: PresetRow) => ({
  id: row.id,
  name: row.name,
  feature_slugs: row.featureSlugs,
  sort_order: row.sortOrder,
  created_at: iso(row.createdAt),
  updated_at: iso(row.updatedAt),
});
