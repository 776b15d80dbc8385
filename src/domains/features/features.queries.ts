/** Database code shared by the features domain's handlers. */
import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "../../db/database";
import { ApiError } from "../../errors";

export type FeatureRow = Database["t"]["features"]["$inferSelect"];
export type PresetRow = Database["t"]["featurePresets"]["$inferSelect"];

/** The query for the features among `slugs` that exist. */
export function existingSlugs(db: Database, slugs: string[]) {
  const { features } = db.t;
  return db.orm
    .select({ slug: features.slug })
    .from(features)
    .where(inArray(features.slug, [...new Set(slugs)]));
}

/** 422 naming the slugs that name no feature. */
export function requireKnownSlugs(slugs: string[], found: { slug: string | null }[]) {
  const known = new Set(found.map((row) => row.slug));
  const unknown = [...new Set(slugs)].filter((slug) => !known.has(slug));
  if (unknown.length > 0) {
    throw new ApiError(422, `Unknown features: ${unknown.join(", ")}`, {
      unknown_features: unknown,
    });
  }
}

/** Checks that every slug names a feature (one query; none for an empty list). */
export async function checkSlugs(db: Database, slugs: string[]) {
  if (slugs.length > 0) requireKnownSlugs(slugs, await existingSlugs(db, slugs));
}

/** A feature with its pricing row for `cycle`, if any. */
export function featureWithPrice(db: Database, featureId: string, cycle: "monthly" | "yearly") {
  const { features, featurePricing } = db.t;
  return db.orm
    .select({
      id: features.id,
      basePriceCents: features.basePriceCents,
      pricedCents: featurePricing.priceCents,
    })
    .from(features)
    .leftJoin(
      featurePricing,
      and(eq(featurePricing.featureId, features.id), eq(featurePricing.cycle, cycle)),
    )
    .where(eq(features.id, featureId))
    .limit(1);
}
