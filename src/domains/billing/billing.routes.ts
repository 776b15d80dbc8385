/** Contracts of what users hold: feature grants, subscriptions, entitlements and quotes. */
import { z } from "@hono/zod-openapi";
import { DISCOUNT_TYPES } from "../../db/schema/features";
import { validationError } from "../../http/error-handler";
import { csv, defineList } from "../../http/list-query";
import {
  createItemRoute,
  deleteItemRoute,
  getItemRoute,
  listRoute,
  setItemRoute,
  updateItemRoute,
} from "../../http/routes";
import { Id, TimestampInput, TrimmedText } from "../../http/schemas";
import { Cents, Cycle, FeatureSlug, MAX_SLUGS, SlugList } from "../catalog";
import { Entitlement, Quote, Subscription, UserFeature } from "./billing.shapes";

const tags = ["features"];
/** A user's billing is theirs and admins' to read (the handlers check whose), and admins' to change. */
const holders = { scope: "features:read", guests: true } as const;
const admins = { scope: "admin", guests: false } as const;
const UsageLimit = z.number().int().min(0).max(2_000_000_000).nullable();

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
  access: holders,
  query: userFeatureList.query,
  item: UserFeature,
});

export const GrantFeature = z.strictObject({ usage_limit: UsageLimit }).openapi("GrantFeature");

export const grantFeatureRoute = setItemRoute({
  versioned: true,
  path: "/users/{id}/features/{featureId}",
  tags,
  summary: "Grant a user a feature, or change its limit (admin)",
  operationId: "grantUserFeature",
  description:
    "Upsert: a second grant changes `usage_limit` (null: unlimited). An unknown user or feature answers 422. With `If-Match` it only changes an existing grant: without one, 412.",
  access: admins,
  body: GrantFeature,
  item: UserFeature,
});

export const revokeFeatureRoute = deleteItemRoute({
  versioned: true,
  path: "/users/{id}/features/{featureId}",
  tags,
  summary: "Revoke a user's feature (admin)",
  operationId: "revokeUserFeature",
  description: "Removes the grant; a user without that grant answers 404.",
  access: admins,
});

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

const CYCLE_ORDER = { message: "cycle_end must be after cycle_start", path: ["cycle_end"] };
type CycleBound = Date | string | null | undefined;
/** Whether a cycle ends after it starts (an open bound always does). */
const inOrder = (cycle: { cycle_start?: CycleBound; cycle_end?: CycleBound }) =>
  !cycle.cycle_start ||
  !cycle.cycle_end ||
  new Date(cycle.cycle_end).getTime() > new Date(cycle.cycle_start).getTime();

export const CreateSubscription = z
  .strictObject(subscriptionFields)
  .refine(inOrder, CYCLE_ORDER)
  .openapi("CreateSubscription");
export const UpdateSubscription = z
  .strictObject({ ...subscriptionFields, active_features: SlugList.optional() })
  .openapi("UpdateSubscription");

const StoredBound = z.union([z.date(), z.string()]).nullable();
const PatchedCycle = z
  .object({ cycle_start: StoredBound, cycle_end: StoredBound })
  .refine(inOrder, CYCLE_ORDER);

/**
 * A patch must leave a cycle that ends after it starts, its bounds over the
 * stored ones: refused with the same 422 as a new subscription's body.
 */
export function requireCycleInOrder(
  patch: z.output<typeof UpdateSubscription>,
  stored: { cycleStart: Date | null; cycleEnd: Date | null },
) {
  const cycle = PatchedCycle.safeParse({
    cycle_start: patch.cycle_start === undefined ? stored.cycleStart : patch.cycle_start,
    cycle_end: patch.cycle_end === undefined ? stored.cycleEnd : patch.cycle_end,
  });
  if (!cycle.success) throw validationError(cycle.error, "json");
}

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
  access: holders,
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
  access: admins,
  body: CreateSubscription,
  item: Subscription,
});

export const getSubscriptionRoute = getItemRoute({
  path: "/subscriptions/{id}",
  tags,
  summary: "Get a subscription (its user or an admin)",
  operationId: "getSubscription",
  description: "Anyone but its user and admins gets 404, as if it did not exist.",
  access: holders,
  item: Subscription,
});
export const updateSubscriptionRoute = updateItemRoute({
  versioned: true,
  path: "/subscriptions/{id}",
  tags,
  summary: "Change a subscription (admin)",
  operationId: "updateSubscription",
  description: "Only the fields given change; `cycle_end` must still follow `cycle_start`.",
  access: admins,
  body: UpdateSubscription,
  item: Subscription,
});
export const deleteSubscriptionRoute = deleteItemRoute({
  versioned: true,
  path: "/subscriptions/{id}",
  tags,
  summary: "Remove a subscription (admin)",
  operationId: "deleteSubscription",
  description: "Its features stop being entitlements, unless also granted directly.",
  access: admins,
});

export const entitlementsRoute = getItemRoute({
  path: "/users/{id}/entitlements",
  tags,
  summary: "A user's effective features: grants plus active subscriptions (the user or an admin)",
  operationId: "listUserEntitlements",
  description: USER_ONLY,
  access: holders,
  item: z.array(Entitlement),
});

export const QuoteQuery = z
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

export const quoteRoute = getItemRoute({
  path: "/pricing/quote",
  tags,
  summary: "Price a set of features or a preset for a cycle, optionally with a user's discount",
  operationId: "quotePrice",
  description:
    "Give either `features` (comma-separated slugs) or `preset`. Unknown slugs or preset answer 422; quoting for another user's subscription needs admin (403).",
  access: holders,
  query: QuoteQuery,
  errors: [422],
  item: Quote,
});
