/** What billing answers: a user's grants, subscriptions and entitlements, and quotes. */
import { z } from "@hono/zod-openapi";
import { DISCOUNT_TYPES } from "../../db/schema/features";
import { Id, iso, isoOrNull, Timestamp } from "../../http/schemas";
import { Cycle, PriceFields } from "../catalog";
import type { EntitlementRow, SubscriptionRow, UserFeatureRow } from "./billing.queries";

export const UserFeature = z
  .object({
    id: Id,
    user_id: Id,
    feature_id: Id,
    usage_limit: z.number().int().nullable().openapi({ description: "null: unlimited" }),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .openapi("UserFeature");

export const toUserFeature = (row: UserFeatureRow) => ({
  id: row.id,
  user_id: row.userId,
  feature_id: row.featureId,
  usage_limit: row.usageLimit,
  created_at: iso(row.createdAt),
  updated_at: iso(row.updatedAt),
});

export const Subscription = z
  .object({
    id: Id,
    user_id: Id,
    billing_customer_id: z.string().nullable(),
    billing_subscription_id: z.string().nullable(),
    active_features: z.array(z.string()),
    custom_price_cents: z.number().int().nullable(),
    discount_pct: z.number().int(),
    discount_type: z.enum(DISCOUNT_TYPES).nullable(),
    cycle: Cycle,
    cycle_start: Timestamp.nullable(),
    cycle_end: Timestamp.nullable(),
    active: z.boolean(),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .openapi("Subscription");

export const toSubscription = (row: SubscriptionRow) => ({
  id: row.id,
  user_id: row.userId,
  billing_customer_id: row.billingCustomerId,
  billing_subscription_id: row.billingSubscriptionId,
  active_features: row.activeFeatures,
  custom_price_cents: row.customPriceCents,
  discount_pct: row.discountPct,
  discount_type: row.discountType,
  cycle: row.cycle,
  cycle_start: isoOrNull(row.cycleStart),
  cycle_end: isoOrNull(row.cycleEnd),
  active: row.active,
  created_at: iso(row.createdAt),
  updated_at: iso(row.updatedAt),
});

export const Entitlement = z
  .object({
    feature_id: Id,
    slug: z.string(),
    name: z.string(),
    usage_limit: z.number().int().nullable(),
    sources: z.array(z.enum(["grant", "subscription"])),
  })
  .openapi("Entitlement", {
    description:
      "A feature the user may use now. A direct grant decides the limit (null: unlimited); " +
      "a feature held only through an active subscription (within its cycle, when set) is unlimited.",
  });

/**
 * A user's entitlements from their rows (see `entitlementRows`): a direct grant
 * decides the limit (null being unlimited); a feature held only through a
 * subscription is unlimited.
 */
export const toEntitlements = (rows: EntitlementRow[]) =>
  rows.flatMap((row) => {
    if (row.featureId === null || row.slug === null || row.name === null) return [];
    const granted = row.grantId !== null;
    // Drivers answer EXISTS as a boolean or as 0/1.
    const subscribed = Boolean(Number(row.subscribed));
    return [
      {
        feature_id: row.featureId,
        slug: row.slug,
        name: row.name,
        usage_limit: granted ? row.usageLimit : null,
        sources: [
          ...(granted ? (["grant"] as const) : []),
          ...(subscribed ? (["subscription"] as const) : []),
        ],
      },
    ];
  });

export const Quote = z
  .object({
    cycle: Cycle,
    lines: z.array(z.object({ slug: z.string(), ...PriceFields })),
    subtotal_cents: z.number().int(),
    discount_cents: z.number().int(),
    total_cents: z.number().int(),
    subscription_id: Id.nullable(),
  })
  .openapi("Quote", {
    description:
      "Integer cents. Each line is the feature's price for the cycle (its pricing row, else its base price). " +
      "With user_id and an active subscription: a custom price replaces the total; otherwise its discount " +
      "percentage comes off the subtotal, rounded half up. discount_cents = subtotal_cents - total_cents.",
  });
