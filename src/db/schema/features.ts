import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { bool, id, json, ref, timestamp, timestamps } from "./columns";
import { users } from "./identity";

export const BILLING_CYCLES = ["monthly", "yearly"] as const;
export const DISCOUNT_TYPES = ["once", "repeating", "forever"] as const;

export const features = sqliteTable(
  "features",
  {
    id: id(),
    slug: text("slug", { length: 64 }).notNull().unique(),
    name: text("name", { length: 200 }).notNull(),
    description: text("description"),
    category: text("category", { length: 32 }).notNull(),
    milestone: text("milestone", { length: 32 }),
    /** Money is integer cents everywhere. */
    basePriceCents: integer("base_price_cents").notNull().default(0),
    operationCostCents: integer("operation_cost_cents").notNull().default(0),
    ...timestamps,
  },
  (t) => [index("features_category_idx").on(t.category, t.id)],
);

/** A feature's price for one billing cycle; absent → the feature's base price. */
export const featurePricing = sqliteTable(
  "feature_pricing",
  {
    id: id(),
    featureId: ref("feature_id")
      .notNull()
      .references(() => features.id, { onDelete: "cascade" }),
    cycle: text("cycle", { length: 16, enum: BILLING_CYCLES }).notNull(),
    priceCents: integer("price_cents").notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex("feature_pricing_uq").on(t.featureId, t.cycle)],
);

export const featurePresets = sqliteTable(
  "feature_presets",
  {
    id: id(),
    name: text("name", { length: 100 }).notNull().unique(),
    featureSlugs: json<string[]>("feature_slugs").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
    ...timestamps,
  },
  (t) => [index("feature_presets_order_idx").on(t.sortOrder, t.id)],
);

export const userFeatures = sqliteTable(
  "user_features",
  {
    id: id(),
    userId: ref("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    featureId: ref("feature_id")
      .notNull()
      .references(() => features.id, { onDelete: "cascade" }),
    /** Usage limit; null means unlimited. */
    usageLimit: integer("usage_limit"),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("user_features_uq").on(t.userId, t.featureId),
    index("user_features_feature_idx").on(t.featureId),
  ],
);

export const userSubscriptions = sqliteTable(
  "user_subscriptions",
  {
    id: id(),
    userId: ref("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    billingCustomerId: text("billing_customer_id", { length: 128 }),
    billingSubscriptionId: text("billing_subscription_id", { length: 128 }).unique(),
    activeFeatures: json<string[]>("active_features").notNull(),
    customPriceCents: integer("custom_price_cents"),
    discountPct: integer("discount_pct").notNull().default(0),
    discountType: text("discount_type", { length: 16, enum: DISCOUNT_TYPES }),
    cycle: text("cycle", { length: 16, enum: BILLING_CYCLES }).notNull().default("monthly"),
    cycleStart: timestamp("cycle_start"),
    cycleEnd: timestamp("cycle_end"),
    active: bool("active").notNull().default(true),
    ...timestamps,
  },
  (t) => [index("user_subscriptions_user_idx").on(t.userId, t.active)],
);
