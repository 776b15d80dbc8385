/** Every statement of the catalogue: features, their per-cycle prices, presets. */
import type { z } from "@hono/zod-openapi";
import { and, eq, inArray } from "drizzle-orm";
import type { Database, ExpectedVersions } from "../../db/database";
import { firstRowOf, type Plan, planOf, settled } from "../../db/plan";
import { ApiError } from "../../errors";
import type {
  CreateFeature,
  CreateFeaturePreset,
  UpdateFeature,
  UpdateFeaturePreset,
} from "./catalog.routes";
import type { Cycle } from "./catalog.shapes";

export type FeatureRow = Database["t"]["features"]["$inferSelect"];
export type PresetRow = Database["t"]["featurePresets"]["$inferSelect"];

const unique = (slugs: string[]) => [...new Set(slugs)];

export function featureById(db: Database, id: string): Plan<FeatureRow | undefined> {
  const { features } = db.t;
  return firstRowOf(db.orm.select().from(features).where(eq(features.id, id)).limit(1));
}

export async function insertFeature(db: Database, body: z.output<typeof CreateFeature>) {
  return db.insertOne(db.t.features, {
    slug: body.slug,
    name: body.name,
    description: body.description ?? null,
    category: body.category,
    milestone: body.milestone ?? null,
    basePriceCents: body.base_price_cents,
    operationCostCents: body.operation_cost_cents,
  });
}

/** The feature as changed; undefined when there is none. */
export async function patchFeature(
  db: Database,
  id: string,
  body: z.output<typeof UpdateFeature>,
  expected?: ExpectedVersions,
) {
  const { features } = db.t;
  return db.updateById(
    features,
    id,
    {
      slug: body.slug,
      name: body.name,
      description: body.description,
      category: body.category,
      milestone: body.milestone,
      basePriceCents: body.base_price_cents,
      operationCostCents: body.operation_cost_cents,
    },
    expected,
  );
}

/** Pricing rows and user grants go with the feature (foreign keys cascade). Answers how many were deleted. */
export const deleteFeatureRow = (db: Database, id: string, expected?: ExpectedVersions) =>
  db.deleteById(db.t.features, id, expected);

/** A feature's base price with its pricing row for `cycle`, if any (undefined: no feature). */
export function featurePrice(db: Database, featureId: string, cycle: Cycle) {
  const { features, featurePricing } = db.t;
  const statement = db.orm
    .select({
      basePriceCents: features.basePriceCents,
      pricedCents: featurePricing.priceCents,
      pricedAt: featurePricing.updatedAt,
    })
    .from(features)
    .leftJoin(
      featurePricing,
      and(eq(featurePricing.featureId, features.id), eq(featurePricing.cycle, cycle)),
    )
    .where(eq(features.id, featureId))
    .limit(1);
  return firstRowOf(statement);
}

/** The feature's pricing row for `cycle`. */
const pricingRow = (db: Database, featureId: string, cycle: Cycle) =>
  and(eq(db.t.featurePricing.featureId, featureId), eq(db.t.featurePricing.cycle, cycle))!;

/**
 * Creates or replaces the feature's pricing row for `cycle` and reads the
 * price back in the same transaction. An unknown feature fails the foreign
 * key: 422, from the error handler. With `expected` (an `If-Match`) only an
 * existing row at that version is replaced (see `Database.replaceOne`),
 * `createOnly` (an `If-None-Match: *`) only inserts (see `Database.insertNew`),
 * and the price is read after either.
 */
export async function upsertFeaturePrice(
  db: Database,
  featureId: string,
  cycle: Cycle,
  priceCents: number,
  expected?: ExpectedVersions,
  createOnly = false,
) {
  const { featurePricing } = db.t;
  const price = featurePrice(db, featureId, cycle);
  const values = { featureId, cycle, priceCents };
  if (createOnly) await db.insertNew(featurePricing, values);
  else if (expected !== undefined) {
    await db.replaceOne(featurePricing, pricingRow(db, featureId, cycle), { priceCents }, expected);
  }
  if (createOnly || expected !== undefined) {
    const [written] = await db.load(price);
    return written;
  }
  const results = await db.atomic((orm) => [
    ...db.upsert(orm, featurePricing, values, {
      target: [featurePricing.featureId, featurePricing.cycle],
      set: { priceCents, updatedAt: new Date() },
    }),
    ...price.statements,
  ]);
  return price.read(results.slice(-price.statements.length));
}

/** Answers how many pricing rows were deleted (0 or 1); 412 for one at another version than `expected`. */
export function deletePricingRow(
  db: Database,
  featureId: string,
  cycle: Cycle,
  expected?: ExpectedVersions,
) {
  return db.deleteOne(db.t.featurePricing, pricingRow(db, featureId, cycle), expected);
}

/** The slugs among `slugs` that name no feature (no statement for an empty list). */
export function unknownSlugs(db: Database, slugs: string[]): Plan<string[]> {
  if (slugs.length === 0) return settled([]);
  const { features } = db.t;
  const statement = db.orm
    .select({ slug: features.slug })
    .from(features)
    .where(inArray(features.slug, unique(slugs)));
  return planOf(statement, (found) => missingSlugs(slugs, found));
}

/** The slugs among `slugs` that no row of `found` names. */
export function missingSlugs(slugs: string[], found: { slug: string | null }[]) {
  const known = new Set(found.map((row) => row.slug));
  return unique(slugs).filter((slug) => !known.has(slug));
}

/** 422 naming the slugs that name no feature, if any. */
export function requireKnownSlugs(unknown: string[]) {
  if (unknown.length > 0) {
    throw new ApiError(422, `Unknown features: ${unknown.join(", ")}`, {
      unknown_features: unknown,
    });
  }
}

export function presetById(db: Database, id: string): Plan<PresetRow | undefined> {
  const { featurePresets } = db.t;
  return firstRowOf(db.orm.select().from(featurePresets).where(eq(featurePresets.id, id)).limit(1));
}

export async function insertPreset(db: Database, body: z.output<typeof CreateFeaturePreset>) {
  return db.insertOne(db.t.featurePresets, {
    name: body.name,
    featureSlugs: unique(body.feature_slugs),
    sortOrder: body.sort_order,
  });
}

/** The preset as changed; undefined when there is none. */
export async function patchPreset(
  db: Database,
  id: string,
  body: z.output<typeof UpdateFeaturePreset>,
  expected?: ExpectedVersions,
) {
  return db.updateById(
    db.t.featurePresets,
    id,
    {
      name: body.name,
      featureSlugs: body.feature_slugs && unique(body.feature_slugs),
      sortOrder: body.sort_order,
    },
    expected,
  );
}

/** Answers how many presets were deleted (0 or 1). */
export const deletePresetRow = (db: Database, id: string, expected?: ExpectedVersions) =>
  db.deleteById(db.t.featurePresets, id, expected);
