import type { RouteHandler } from "@hono/zod-openapi";
import { and, eq, inArray } from "drizzle-orm";
import { requireScope } from "../../access/engine";
import { type Caller, isAdmin, userIdOf } from "../../auth/caller";
import { ApiError, forbidden, notFound } from "../../errors";
import type { AppEnv } from "../../http/env";
import { iso, isoOrNull } from "../../http/schemas";
import { requireFeaturesAdmin } from "./admin";
import {
  entitlementRows,
  quoteFeatures,
  quotePreset,
  type SubscriptionRow,
  type UserFeatureRow,
} from "./billing.queries";
import {
  type createSubscriptionRoute,
  cycleEndsAfterStart,
  type deleteSubscriptionRoute,
  type entitlementsRoute,
  type getSubscriptionRoute,
  type grantFeatureRoute,
  type listSubscriptionsRoute,
  type listUserFeaturesRoute,
  type quoteRoute,
  type revokeFeatureRoute,
  subscriptionList,
  type updateSubscriptionRoute,
  userFeatureList,
} from "./billing.routes";
import { requireKnownSlugs } from "./features.queries";
import { effectivePrice, entitlementLimit, quoteTotals } from "./pricing";

const toUserFeature = (row: UserFeatureRow) => ({
  id: row.id,
  user_id: row.userId,
  feature_id: row.featureId,
  usage_limit: row.usageLimit,
  created_at: iso(row.createdAt),
  updated_at: iso(row.updatedAt),
});

const toSubscription = (row: SubscriptionRow) => ({
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

/** A user's billing is theirs and admins' to read; to anyone else it does not exist. */
function requireSelfOrAdmin(caller: Caller, userId: string) {
  requireScope(caller, "features", "read");
  if (!isAdmin(caller) && userIdOf(caller) !== userId) throw notFound("User");
}

const dateOrNull = (value: string | null | undefined) =>
  value === undefined ? undefined : value === null ? null : new Date(value);

const invalidCycle = () =>
  new ApiError(422, "The request body is not valid", [
    { location: "json", path: "cycle_end", message: "cycle_end must be after cycle_start" },
  ]);

export const listUserFeatures: RouteHandler<typeof listUserFeaturesRoute, AppEnv> = async (c) => {
  const userId = c.req.valid("param").id;
  requireSelfOrAdmin(c.get("caller"), userId);
  const db = c.get("db");
  const { data, meta } = await userFeatureList.run(
    db,
    c.req.valid("query"),
    eq(db.t.userFeatures.userId, userId),
  );
  return c.json({ data: data.map(toUserFeature), meta }, 200);
};

/** Upsert: a second grant changes the limit. Unknown users or features fail their foreign key (422). */
export const grantFeature: RouteHandler<typeof grantFeatureRoute, AppEnv> = async (c) => {
  requireFeaturesAdmin(c.get("caller"));
  const db = c.get("db");
  const { id: userId, featureId } = c.req.valid("param");
  const usageLimit = c.req.valid("json").usage_limit;
  const { userFeatures: uf } = db.t;
  const [, rows] = await db.atomic((orm) => [
    db.upsert(
      orm,
      uf,
      { userId, featureId, usageLimit },
      { target: [uf.userId, uf.featureId], set: { usageLimit, updatedAt: new Date() } },
    ),
    orm
      .select()
      .from(uf)
      .where(and(eq(uf.userId, userId), eq(uf.featureId, featureId))),
  ]);
  const [row] = rows as UserFeatureRow[];
  return c.json({ data: toUserFeature(row!) }, 200);
};

export const revokeFeature: RouteHandler<typeof revokeFeatureRoute, AppEnv> = async (c) => {
  requireFeaturesAdmin(c.get("caller"));
  const db = c.get("db");
  const { id: userId, featureId } = c.req.valid("param");
  const { userFeatures: uf } = db.t;
  const deleted = await db.deleteWhere(
    uf,
    and(eq(uf.userId, userId), eq(uf.featureId, featureId))!,
  );
  if (deleted === 0) throw notFound("Feature grant");
  return c.body(null, 204);
};

export const listSubscriptions: RouteHandler<typeof listSubscriptionsRoute, AppEnv> = async (c) => {
  const userId = c.req.valid("param").id;
  requireSelfOrAdmin(c.get("caller"), userId);
  const db = c.get("db");
  const { data, meta } = await subscriptionList.run(
    db,
    c.req.valid("query"),
    eq(db.t.userSubscriptions.userId, userId),
  );
  return c.json({ data: data.map(toSubscription), meta }, 200);
};

export const createSubscription: RouteHandler<typeof createSubscriptionRoute, AppEnv> = async (
  c,
) => {
  requireFeaturesAdmin(c.get("caller"));
  const db = c.get("db");
  const userId = c.req.valid("param").id;
  const body = c.req.valid("json");
  const slugs = [...new Set(body.active_features)];
  const { users, features } = db.t;
  // The user and the named features in one query.
  const found = await db.orm
    .select({ slug: features.slug })
    .from(users)
    .leftJoin(features, inArray(features.slug, slugs))
    .where(eq(users.id, userId));
  if (found.length === 0) throw notFound("User");
  requireKnownSlugs(slugs, found);
  const [row] = await db.insertReturning(db.t.userSubscriptions, [
    {
      userId,
      billingCustomerId: body.billing_customer_id ?? null,
      billingSubscriptionId: body.billing_subscription_id ?? null,
      activeFeatures: slugs,
      customPriceCents: body.custom_price_cents ?? null,
      discountPct: body.discount_pct,
      discountType: body.discount_type ?? null,
      cycle: body.cycle,
      cycleStart: dateOrNull(body.cycle_start) ?? null,
      cycleEnd: dateOrNull(body.cycle_end) ?? null,
      active: body.active,
    },
  ]);
  return c.json({ data: toSubscription(row!) }, 201);
};

export const getSubscription: RouteHandler<typeof getSubscriptionRoute, AppEnv> = async (c) => {
  const caller = c.get("caller");
  requireScope(caller, "features", "read");
  const db = c.get("db");
  const s = db.t.userSubscriptions;
  const [row] = await db.orm
    .select()
    .from(s)
    .where(eq(s.id, c.req.valid("param").id))
    .limit(1);
  if (!row || (!isAdmin(caller) && userIdOf(caller) !== row.userId)) {
    throw notFound("Subscription");
  }
  return c.json({ data: toSubscription(row) }, 200);
};

export const updateSubscription: RouteHandler<typeof updateSubscriptionRoute, AppEnv> = async (
  c,
) => {
  requireFeaturesAdmin(c.get("caller"));
  const db = c.get("db");
  const id = c.req.valid("param").id;
  const body = c.req.valid("json");
  const slugs = body.active_features && [...new Set(body.active_features)];
  const { userSubscriptions: s, features } = db.t;
  // The subscription and the named features in one query.
  const found = await db.orm
    .select({ subscription: s, slug: features.slug })
    .from(s)
    .leftJoin(features, inArray(features.slug, slugs ?? []))
    .where(eq(s.id, id));
  const current = found[0]?.subscription;
  if (!current) throw notFound("Subscription");
  if (slugs) requireKnownSlugs(slugs, found);
  const cycleStart = dateOrNull(body.cycle_start);
  const cycleEnd = dateOrNull(body.cycle_end);
  if (
    !cycleEndsAfterStart(
      cycleStart === undefined ? current.cycleStart : cycleStart,
      cycleEnd === undefined ? current.cycleEnd : cycleEnd,
    )
  ) {
    throw invalidCycle();
  }
  const [row] = await db.updateReturning(s, eq(s.id, id), {
    billingCustomerId: body.billing_customer_id,
    billingSubscriptionId: body.billing_subscription_id,
    activeFeatures: slugs,
    customPriceCents: body.custom_price_cents,
    discountPct: body.discount_pct,
    discountType: body.discount_type,
    cycle: body.cycle,
    cycleStart,
    cycleEnd,
    active: body.active,
  });
  if (!row) throw notFound("Subscription");
  return c.json({ data: toSubscription(row) }, 200);
};

export const deleteSubscription: RouteHandler<typeof deleteSubscriptionRoute, AppEnv> = async (
  c,
) => {
  requireFeaturesAdmin(c.get("caller"));
  const db = c.get("db");
  const s = db.t.userSubscriptions;
  const deleted = await db.deleteWhere(s, eq(s.id, c.req.valid("param").id));
  if (deleted === 0) throw notFound("Subscription");
  return c.body(null, 204);
};

export const listEntitlements: RouteHandler<typeof entitlementsRoute, AppEnv> = async (c) => {
  const userId = c.req.valid("param").id;
  requireSelfOrAdmin(c.get("caller"), userId);
  const rows = await entitlementRows(c.get("db"), userId);
  if (rows.length === 0) throw notFound("User");
  const data = rows.flatMap((row) => {
    if (row.featureId === null || row.slug === null || row.name === null) return [];
    const grant = row.grantId === null ? null : { usageLimit: row.usageLimit };
    // Drivers answer EXISTS as a boolean or as 0/1.
    const subscribed = Boolean(Number(row.subscribed));
    return [
      {
        feature_id: row.featureId,
        slug: row.slug,
        name: row.name,
        usage_limit: entitlementLimit(grant),
        sources: [
          ...(grant ? (["grant"] as const) : []),
          ...(subscribed ? (["subscription"] as const) : []),
        ],
      },
    ];
  });
  return c.json({ data }, 200);
};

export const quote: RouteHandler<typeof quoteRoute, AppEnv> = async (c) => {
  const caller = c.get("caller");
  requireScope(caller, "features", "read");
  const { features, preset, cycle, user_id: userId } = c.req.valid("query");
  if (userId && !isAdmin(caller) && userIdOf(caller) !== userId) {
    throw forbidden("Only admins may quote for another user");
  }
  const db = c.get("db");
  let slugs: string[];
  let rows: Omit<Awaited<ReturnType<typeof quotePreset>>[number], "presetSlugs">[];
  if (preset !== undefined) {
    const found = await quotePreset(db, preset, cycle, userId);
    if (found.length === 0) {
      throw new ApiError(422, `Unknown preset: ${preset}`, { unknown_preset: preset });
    }
    slugs = found[0]!.presetSlugs;
    rows = found;
  } else {
    slugs = [...new Set(features!)];
    rows = await quoteFeatures(db, slugs, cycle, userId);
  }
  requireKnownSlugs(slugs, rows);

  // One line per feature (rows repeat per active subscription); the newest subscription applies.
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
  return c.json(
    {
      data: {
        cycle,
        lines,
        ...quoteTotals(subtotal, terms),
        subscription_id: subscription?.subscriptionId ?? null,
      },
    },
    200,
  );
};
