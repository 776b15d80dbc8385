import type { RouteHandler } from "@hono/zod-openapi";
import { and, eq } from "drizzle-orm";
import { requireScope } from "../../access/engine";
import { notFound } from "../../errors";
import type { AppEnv } from "../../http/env";
import { iso } from "../../http/schemas";
import { requireFeaturesAdmin } from "./admin";
import type {
  createFeatureRoute,
  createPresetRoute,
  deleteFeaturePriceRoute,
  deleteFeatureRoute,
  deletePresetRoute,
  getFeaturePriceRoute,
  getFeatureRoute,
  getPresetRoute,
  listFeaturesRoute,
  listPresetsRoute,
  setFeaturePriceRoute,
  updateFeatureRoute,
  updatePresetRoute,
} from "./catalog.routes";
import { featureList, presetList } from "./catalog.routes";
import { checkSlugs, type FeatureRow, featureWithPrice, type PresetRow } from "./features.queries";
import { effectivePrice } from "./pricing";

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

const toPreset = (row: PresetRow) => ({
  id: row.id,
  name: row.name,
  feature_slugs: row.featureSlugs,
  sort_order: row.sortOrder,
  created_at: iso(row.createdAt),
  updated_at: iso(row.updatedAt),
});

export const listFeatures: RouteHandler<typeof listFeaturesRoute, AppEnv> = async (c) => {
  requireScope(c.get("caller"), "features", "read");
  const { data, meta } = await featureList.run(c.get("db"), c.req.valid("query"));
  return c.json({ data: data.map(toFeature), meta }, 200);
};

export const createFeature: RouteHandler<typeof createFeatureRoute, AppEnv> = async (c) => {
  requireFeaturesAdmin(c.get("caller"));
  const db = c.get("db");
  const body = c.req.valid("json");
  const [row] = await db.insertReturning(db.t.features, [
    {
      slug: body.slug,
      name: body.name,
      description: body.description ?? null,
      category: body.category,
      milestone: body.milestone ?? null,
      basePriceCents: body.base_price_cents,
      operationCostCents: body.operation_cost_cents,
    },
  ]);
  return c.json({ data: toFeature(row!) }, 201);
};

export const getFeature: RouteHandler<typeof getFeatureRoute, AppEnv> = async (c) => {
  requireScope(c.get("caller"), "features", "read");
  const db = c.get("db");
  const { features } = db.t;
  const [row] = await db.orm
    .select()
    .from(features)
    .where(eq(features.id, c.req.valid("param").id))
    .limit(1);
  if (!row) throw notFound("Feature");
  return c.json({ data: toFeature(row) }, 200);
};

export const updateFeature: RouteHandler<typeof updateFeatureRoute, AppEnv> = async (c) => {
  requireFeaturesAdmin(c.get("caller"));
  const db = c.get("db");
  const body = c.req.valid("json");
  const [row] = await db.updateReturning(
    db.t.features,
    eq(db.t.features.id, c.req.valid("param").id),
    {
      slug: body.slug,
      name: body.name,
      description: body.description,
      category: body.category,
      milestone: body.milestone,
      basePriceCents: body.base_price_cents,
      operationCostCents: body.operation_cost_cents,
    },
  );
  if (!row) throw notFound("Feature");
  return c.json({ data: toFeature(row) }, 200);
};

/** Pricing rows and user grants go with the feature (foreign keys cascade). */
export const deleteFeature: RouteHandler<typeof deleteFeatureRoute, AppEnv> = async (c) => {
  requireFeaturesAdmin(c.get("caller"));
  const db = c.get("db");
  const deleted = await db.deleteWhere(
    db.t.features,
    eq(db.t.features.id, c.req.valid("param").id),
  );
  if (deleted === 0) throw notFound("Feature");
  return c.body(null, 204);
};

export const getFeaturePrice: RouteHandler<typeof getFeaturePriceRoute, AppEnv> = async (c) => {
  requireScope(c.get("caller"), "features", "read");
  const { id, cycle } = c.req.valid("param");
  const [row] = await featureWithPrice(c.get("db"), id, cycle);
  if (!row) throw notFound("Feature");
  return c.json(
    { data: { feature_id: id, cycle, ...effectivePrice(row.basePriceCents, row.pricedCents) } },
    200,
  );
};

export const setFeaturePrice: RouteHandler<typeof setFeaturePriceRoute, AppEnv> = async (c) => {
  requireFeaturesAdmin(c.get("caller"));
  const db = c.get("db");
  const { id, cycle } = c.req.valid("param");
  const priceCents = c.req.valid("json").price_cents;
  const { featurePricing } = db.t;
  // An unknown feature fails the foreign key: 422, from the error handler.
  const [, rows] = await db.atomic((orm) => [
    db.upsert(
      orm,
      featurePricing,
      { featureId: id, cycle, priceCents },
      {
        target: [featurePricing.featureId, featurePricing.cycle],
        set: { priceCents, updatedAt: new Date() },
      },
    ),
    featureWithPrice(db, id, cycle),
  ]);
  const [row] = rows as Awaited<ReturnType<typeof featureWithPrice>>;
  if (!row) throw notFound("Feature");
  return c.json(
    { data: { feature_id: id, cycle, ...effectivePrice(row.basePriceCents, row.pricedCents) } },
    200,
  );
};

export const deleteFeaturePrice: RouteHandler<typeof deleteFeaturePriceRoute, AppEnv> = async (
  c,
) => {
  requireFeaturesAdmin(c.get("caller"));
  const db = c.get("db");
  const { id, cycle } = c.req.valid("param");
  const { featurePricing } = db.t;
  const deleted = await db.deleteWhere(
    featurePricing,
    and(eq(featurePricing.featureId, id), eq(featurePricing.cycle, cycle))!,
  );
  if (deleted === 0) throw notFound("Feature price");
  return c.body(null, 204);
};

export const listPresets: RouteHandler<typeof listPresetsRoute, AppEnv> = async (c) => {
  requireScope(c.get("caller"), "features", "read");
  const { data, meta } = await presetList.run(c.get("db"), c.req.valid("query"));
  return c.json({ data: data.map(toPreset), meta }, 200);
};

export const createPreset: RouteHandler<typeof createPresetRoute, AppEnv> = async (c) => {
  requireFeaturesAdmin(c.get("caller"));
  const db = c.get("db");
  const body = c.req.valid("json");
  await checkSlugs(db, body.feature_slugs);
  const [row] = await db.insertReturning(db.t.featurePresets, [
    { name: body.name, featureSlugs: [...new Set(body.feature_slugs)], sortOrder: body.sort_order },
  ]);
  return c.json({ data: toPreset(row!) }, 201);
};

export const getPreset: RouteHandler<typeof getPresetRoute, AppEnv> = async (c) => {
  requireScope(c.get("caller"), "features", "read");
  const db = c.get("db");
  const { featurePresets } = db.t;
  const [row] = await db.orm
    .select()
    .from(featurePresets)
    .where(eq(featurePresets.id, c.req.valid("param").id))
    .limit(1);
  if (!row) throw notFound("Preset");
  return c.json({ data: toPreset(row) }, 200);
};

export const updatePreset: RouteHandler<typeof updatePresetRoute, AppEnv> = async (c) => {
  requireFeaturesAdmin(c.get("caller"));
  const db = c.get("db");
  const body = c.req.valid("json");
  const slugs = body.feature_slugs && [...new Set(body.feature_slugs)];
  if (slugs) await checkSlugs(db, slugs);
  const { featurePresets } = db.t;
  const [row] = await db.updateReturning(
    featurePresets,
    eq(featurePresets.id, c.req.valid("param").id),
    {
      name: body.name,
      featureSlugs: slugs,
      sortOrder: body.sort_order,
    },
  );
  if (!row) throw notFound("Preset");
  return c.json({ data: toPreset(row) }, 200);
};

export const deletePreset: RouteHandler<typeof deletePresetRoute, AppEnv> = async (c) => {
  requireFeaturesAdmin(c.get("caller"));
  const db = c.get("db");
  const { featurePresets } = db.t;
  const deleted = await db.deleteWhere(
    featurePresets,
    eq(featurePresets.id, c.req.valid("param").id),
  );
  if (deleted === 0) throw notFound("Preset");
  return c.body(null, 204);
};
