/** Every statement of billing: grants, subscriptions, entitlements and quotes. */
import type { z } from "@hono/zod-openapi";
import { and, eq, gt, inArray, isNull, lte, or, sql } from "drizzle-orm";
import type { Database, ExpectedVersions } from "../../db/database";
import { firstRowOf, type Plan, type PlanResult, planOf } from "../../db/plan";
import { FALSE } from "../../db/sql";
import type { Cycle } from "../catalog";
import {
  type CreateSubscription,
  subscriptionList,
  type UpdateSubscription,
  userFeatureList,
} from "./billing.routes";

export type UserFeatureRow = Database["t"]["userFeatures"]["$inferSelect"];
export type SubscriptionRow = Database["t"]["userSubscriptions"]["$inferSelect"];

const unique = (slugs: string[]) => [...new Set(slugs)];
const dateOrNull = (value: string | null | undefined) =>
  value === undefined ? undefined : value === null ? null : new Date(value);

/** A page of the features granted to the user. */
export function userFeaturePage(
  db: Database,
  params: z.output<typeof userFeatureList.query>,
  userId: string,
) {
  return userFeatureList.pagePlan(db, params, eq(db.t.userFeatures.userId, userId));
}

/** The user's grant of the feature. */
const grantOf = (db: Database, userId: string, featureId: string) =>
  and(eq(db.t.userFeatures.userId, userId), eq(db.t.userFeatures.featureId, featureId))!;

/**
 * Grants the feature, or changes the grant's limit, and reads the grant back
 * in the same transaction. An unknown user or feature fails its foreign key
 * (422, from the error handler). With `expected` (an `If-Match`) only an
 * existing grant at that version changes (see `Database.replaceOne`);
 * `createOnly` (an `If-None-Match: *`) only grants (see `Database.insertNew`).
 */
export async function upsertGrant(
  db: Database,
  userId: string,
  featureId: string,
  usageLimit: number | null,
  expected?: ExpectedVersions,
  createOnly = false,
) {
  const { userFeatures: uf } = db.t;
  if (createOnly) return db.insertNew(uf, { userId, featureId, usageLimit });
  if (expected !== undefined) {
    return db.replaceOne(uf, grantOf(db, userId, featureId), { usageLimit }, expected);
  }
  const grant = firstRowOf(
    db.orm
      .select()
      .from(uf)
      .where(grantOf(db, userId, featureId)),
  );
  const results = await db.atomic((orm) => [
    ...db.upsert(
      orm,
      uf,
      { userId, featureId, usageLimit },
      { target: [uf.userId, uf.featureId], set: { usageLimit, updatedAt: new Date() } },
    ),
    ...grant.statements,
  ]);
  return grant.read(results.slice(-grant.statements.length))!;
}

/** Answers how many grants were deleted (0 or 1); 412 for one at another version than `expected`. */
export function deleteGrant(
  db: Database,
  userId: string,
  featureId: string,
  expected?: ExpectedVersions,
) {
  return db.deleteOne(db.t.userFeatures, grantOf(db, userId, featureId), expected);
}

/** A page of the user's subscriptions. */
export function subscriptionPage(
  db: Database,
  params: z.output<typeof subscriptionList.query>,
  userId: string,
) {
  return subscriptionList.pagePlan(db, params, eq(db.t.userSubscriptions.userId, userId));
}

export function subscriptionById(db: Database, id: string): Plan<SubscriptionRow | undefined> {
  const s = db.t.userSubscriptions;
  return firstRowOf(db.orm.select().from(s).where(eq(s.id, id)).limit(1));
}

export async function insertSubscription(
  db: Database,
  userId: string,
  body: z.output<typeof CreateSubscription>,
) {
  return db.insertOne(db.t.userSubscriptions, {
    userId,
    billingCustomerId: body.billing_customer_id ?? null,
    billingSubscriptionId: body.billing_subscription_id ?? null,
    activeFeatures: unique(body.active_features),
    customPriceCents: body.custom_price_cents ?? null,
    discountPct: body.discount_pct,
    discountType: body.discount_type ?? null,
    cycle: body.cycle,
    cycleStart: dateOrNull(body.cycle_start) ?? null,
    cycleEnd: dateOrNull(body.cycle_end) ?? null,
    active: body.active,
  });
}

/** The subscription as changed; undefined when there is none. */
export async function patchSubscription(
  db: Database,
  id: string,
  body: z.output<typeof UpdateSubscription>,
  expected?: ExpectedVersions,
) {
  const s = db.t.userSubscriptions;
  return db.updateById(
    s,
    id,
    {
      billingCustomerId: body.billing_customer_id,
      billingSubscriptionId: body.billing_subscription_id,
      activeFeatures: body.active_features && unique(body.active_features),
      customPriceCents: body.custom_price_cents,
      discountPct: body.discount_pct,
      discountType: body.discount_type,
      cycle: body.cycle,
      cycleStart: dateOrNull(body.cycle_start),
      cycleEnd: dateOrNull(body.cycle_end),
      active: body.active,
    },
    expected,
  );
}

/** Answers how many subscriptions were deleted (0 or 1). */
export const deleteSubscriptionRow = (db: Database, id: string, expected?: ExpectedVersions) =>
  db.deleteById(db.t.userSubscriptions, id, expected);

/** A subscription counts when it is active and, if it has a cycle, now lies within it. */
function activeSubscription(db: Database, now = new Date()) {
  const s = db.t.userSubscriptions;
  return and(
    eq(s.active, true),
    or(isNull(s.cycleStart), lte(s.cycleStart, now)),
    or(isNull(s.cycleEnd), gt(s.cycleEnd, now)),
  )!;
}

/**
 * A user's effective features in one query: the user (absent → no row), each
 * feature they were granted or hold through an active subscription, with the
 * grant (if any) and whether a subscription covers it.
 */
export function entitlementRows(db: Database, userId: string) {
  const { users, features: f, userFeatures: uf, userSubscriptions: s } = db.t;
  const granted = sql`${f.id} in (select ${uf.featureId} from ${uf} where ${uf.userId} = ${users.id})`;
  const subscribed = sql<unknown>`exists (select 1 from ${s} where ${s.userId} = ${users.id} and ${activeSubscription(db)} and ${db.jsonArrayContains(s.activeFeatures, f.slug)})`;
  const statement = db.orm
    .select({
      featureId: f.id,
      slug: f.slug,
      name: f.name,
      grantId: uf.id,
      usageLimit: uf.usageLimit,
      subscribed,
    })
    .from(users)
    .leftJoin(f, or(granted, subscribed))
    .leftJoin(uf, and(eq(uf.userId, users.id), eq(uf.featureId, f.id)))
    .where(eq(users.id, userId))
    .orderBy(f.slug);
  return planOf(statement);
}

export type EntitlementRow = PlanResult<ReturnType<typeof entitlementRows>>[number];

/** Columns every quote query selects: a feature's prices and a candidate subscription. */
function quoteColumns(db: Database) {
  const { features: f, featurePricing: fp, userSubscriptions: s } = db.t;
  return {
    slug: f.slug,
    basePriceCents: f.basePriceCents,
    pricedCents: fp.priceCents,
    subscriptionId: s.id,
    discountPct: s.discountPct,
    customPriceCents: s.customPriceCents,
  };
}

const pricingJoin = (db: Database, cycle: Cycle) =>
  and(eq(db.t.featurePricing.featureId, db.t.features.id), eq(db.t.featurePricing.cycle, cycle));

const subscriptionJoin = (db: Database, userId: string | undefined) =>
  userId ? and(eq(db.t.userSubscriptions.userId, userId), activeSubscription(db)) : FALSE;

/** The named features with their price for `cycle` and the user's active subscriptions. */
export function featureQuoteRows(
  db: Database,
  slugs: string[],
  cycle: Cycle,
  userId: string | undefined,
) {
  const { features: f, featurePricing: fp, userSubscriptions: s } = db.t;
  const statement = db.orm
    .select(quoteColumns(db))
    .from(f)
    .leftJoin(fp, pricingJoin(db, cycle))
    .leftJoin(s, subscriptionJoin(db, userId))
    .where(inArray(f.slug, slugs));
  return planOf(statement);
}

/** The same for a preset's features, with the preset's slugs (no row: no such preset). */
export function presetQuoteRows(
  db: Database,
  name: string,
  cycle: Cycle,
  userId: string | undefined,
) {
  const { featurePresets: p, features: f, featurePricing: fp, userSubscriptions: s } = db.t;
  const statement = db.orm
    .select({ ...quoteColumns(db), presetSlugs: p.featureSlugs })
    .from(p)
    .leftJoin(f, db.jsonArrayContains(p.featureSlugs, f.slug))
    .leftJoin(fp, pricingJoin(db, cycle))
    .leftJoin(s, subscriptionJoin(db, userId))
    .where(eq(p.name, name));
  return planOf(statement);
}
