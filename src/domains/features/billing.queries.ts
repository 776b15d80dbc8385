/** Database code for grants, subscriptions, entitlements and quotes. */
import { and, eq, gt, inArray, isNull, lte, or, sql } from "drizzle-orm";
import type { Database } from "../../db/database";
import { FALSE } from "../../db/sql";

export type UserFeatureRow = Database["t"]["userFeatures"]["$inferSelect"];
export type SubscriptionRow = Database["t"]["userSubscriptions"]["$inferSelect"];

/** A subscription counts when it is active and, if it has a cycle, now lies within it. */
export function activeSubscription(db: Database, now = new Date()) {
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
  return db.orm
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
}

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

const pricingJoin = (db: Database, cycle: "monthly" | "yearly") =>
  and(eq(db.t.featurePricing.featureId, db.t.features.id), eq(db.t.featurePricing.cycle, cycle));

const subscriptionJoin = (db: Database, userId: string | undefined) =>
  userId ? and(eq(db.t.userSubscriptions.userId, userId), activeSubscription(db)) : FALSE;

/** The named features with their price for `cycle` and the user's active subscriptions. */
export function quoteFeatures(
  db: Database,
  slugs: string[],
  cycle: "monthly" | "yearly",
  userId: string | undefined,
) {
  const { features: f, featurePricing: fp, userSubscriptions: s } = db.t;
  return db.orm
    .select(quoteColumns(db))
    .from(f)
    .leftJoin(fp, pricingJoin(db, cycle))
    .leftJoin(s, subscriptionJoin(db, userId))
    .where(inArray(f.slug, slugs));
}

/** The same for a preset's features, with the preset's slugs (no row: no such preset). */
export function quotePreset(
  db: Database,
  name: string,
  cycle: "monthly" | "yearly",
  userId: string | undefined,
) {
  const { featurePresets: p, features: f, featurePricing: fp, userSubscriptions: s } = db.t;
  return db.orm
    .select({ ...quoteColumns(db), presetSlugs: p.featureSlugs })
    .from(p)
    .leftJoin(f, db.jsonArrayContains(p.featureSlugs, f.slug))
    .leftJoin(fp, pricingJoin(db, cycle))
    .leftJoin(s, subscriptionJoin(db, userId))
    .where(eq(p.name, name));
}
