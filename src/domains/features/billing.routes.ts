/** Contracts of what users hold: feature grants, subscriptions, entitlements and quotes. */
import { z } from "@hono/zod-openapi";
import { DISCOUNT_TYPES } from "../../db/schema/features";
import { csv, defineList } from "../../http/list-query";
import {
  createItemRoute,
  deleteItemRoute,
  getItemRoute,
  listRoute,
  setItemRoute,
  updateItemRoute,
} from "../../http/routes";
import { Id, Timestamp, TimestampInput, TrimmedText } from "../../http/schemas";
import { Cents, Cycle, FeatureSlug, MAX_SLUGS, SlugList } from "./catalog.routes";

const tags = ["features"];
const UsageLimit = z.number().int().min(0).max(2_000_000_000).nullable();

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

export const userFeatureList = defineList({
  table: (t) => t.userFeatures,
  sort: { created_at: "id" },
  defaultSort: "created_at",
});

const USER_ONLY = "Anyone but the user and admins gets 404 for the user, as if it did not exist.";

export const listUserFeaturesRoute = listRoute({
  path: "/users/{id}/features",
  tags,
  operationId: "listUserFeatures",
  summary: "Features granted to a user (the user or an admin)",
  description: USER_ONLY,
  access: { scope: "features:read", guests: true },
  query: userFeatureList.query,
  item: UserFeature,
});

export const GrantFeature = z.strictObject({ usage_limit: UsageLimit }).openapi("GrantFeature");

export const grantFeatureRoute = setItemRoute({
  path: "/users/{id}/features/{featureId}",
  tags,
  summary: "Grant a user a feature, or change its limit (admin)",
  operationId: "grantUserFeature",
  description:
    "Upsert: a second grant changes `usage_limit` (null: unlimited). An unknown user or feature answers 422.",
  access: { scope: "admin", guests: false },
  body: GrantFeature,
  item: UserFeature,
});

export const revokeFeatureRoute = deleteItemRoute({
  path: "/users/{id}/features/{featureId}",
  tags,
  summary: "Revoke a user's feature (admin)",
  operationId: "revokeUserFeature",
  description: "Removes the grant; a user without that grant answers 404.",
  access: { scope: "admin", guests: false },
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

const BillingId = TrimmedText(128).nullable().optional();
const Instant = TimestampInput.nullable().optional();

const subscriptionFields = {
  billing_customer_id: BillingId,
  billing_subscription_id: BillingId,
  active_features: SlugList,
  custom_price_cents: Cents.nullable().optional(),
  discount_pct: z.number().int().min(0).max(100).optional(),
  discount_type: z.enum(DISCOUNT_TYPES).nullable().optional(),
  cycle: Cycle.optional(),
  cycle_start: Instant,
  cycle_end: Instant,
  active: z.boolean().optional(),
};

/** A cycle ends after it starts (checked here when both are given, and against the row on update). */
export const cycleEndsAfterStart = (start: Date | null, end: Date | null) =>
  !start || !end || end.getTime() > start.getTime();

const dateOf = (value: string | null | undefined) => (value ? new Date(value) : null);

export const CreateSubscription = z
  .strictObject(subscriptionFields)
  .refine((body) => cycleEndsAfterStart(dateOf(body.cycle_start), dateOf(body.cycle_end)), {
    message: "cycle_end must be after cycle_start",
    path: ["cycle_end"],
  })
  .openapi("CreateSubscription");
export const UpdateSubscription = z
  .strictObject({ ...subscriptionFields, active_features: SlugList.optional() })
  .openapi("UpdateSubscription");

export const subscriptionList = defineList({
  table: (t) => t.userSubscriptions,
  sort: { created_at: "id" },
  defaultSort: "-created_at",
  filters: { active: { kind: "boolean", field: "active" } },
});

export const listSubscriptionsRoute = listRoute({
  path: "/users/{id}/subscriptions",
  tags,
  operationId: "listUserSubscriptions",
  summary: "A user's subscriptions (the user or an admin)",
  description: USER_ONLY,
  access: { scope: "features:read", guests: true },
  query: subscriptionList.query,
  item: Subscription,
});
export const createSubscriptionRoute = createItemRoute({
  path: "/users/{id}/subscriptions",
  tags,
  summary: "Record a subscription for a user (admin)",
  operationId: "createUserSubscription",
  description:
    "`cycle_end` must follow `cycle_start` (422 otherwise); an unknown user answers 404.",
  access: { scope: "admin", guests: false },
  body: CreateSubscription,
  item: Subscription,
});

export const getSubscriptionRoute = getItemRoute({
  path: "/subscriptions/{id}",
  tags,
  summary: "Get a subscription (its user or an admin)",
  operationId: "getSubscription",
  description: "Anyone but its user and admins gets 404, as if it did not exist.",
  access: { scope: "features:read", guests: true },
  item: Subscription,
});
export const updateSubscriptionRoute = updateItemRoute({
  path: "/subscriptions/{id}",
  tags,
  summary: "Change a subscription (admin)",
  operationId: "updateSubscription",
  description: "Only the fields given change; `cycle_end` must still follow `cycle_start`.",
  access: { scope: "admin", guests: false },
  body: UpdateSubscription,
  item: Subscription,
});
export const deleteSubscriptionRoute = deleteItemRoute({
  path: "/subscriptions/{id}",
  tags,
  summary: "Remove a subscription (admin)",
  operationId: "deleteSubscription",
  description: "Its features stop being entitlements, unless also granted directly.",
  access: { scope: "admin", guests: false },
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

export const entitlementsRoute = getItemRoute({
  path: "/users/{id}/entitlements",
  tags,
  summary: "A user's effective features: grants plus active subscriptions (the user or an admin)",
  operationId: "listUserEntitlements",
  description: USER_ONLY,
  access: { scope: "features:read", guests: true },
  item: z.array(Entitlement),
});

const QuoteQuery = z
  .strictObject({
    features: csv(FeatureSlug, MAX_SLUGS).optional(),
    preset: z.string().min(1).max(100).optional(),
    cycle: Cycle.default("monthly"),
    user_id: Id.optional(),
  })
  .refine((query) => (query.features === undefined) !== (query.preset === undefined), {
    message: "Give either features or preset",
    path: ["features"],
  });

export const Quote = z
  .object({
    cycle: Cycle,
    lines: z.array(
      z.object({
        slug: z.string(),
        price_cents: z.number().int(),
        source: z.enum(["base", "pricing"]),
      }),
    ),
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

export const quoteRoute = getItemRoute({
  path: "/pricing/quote",
  tags,
  summary: "Price a set of features or a preset for a cycle, optionally with a user's discount",
  operationId: "quotePrice",
  description:
    "Give either `features` (comma-separated slugs) or `preset`. Unknown slugs or preset answer 422; quoting for another user's subscription needs admin (403).",
  access: { scope: "features:read", guests: true },
  query: QuoteQuery,
  errors: [422],
  item: Quote,
});
