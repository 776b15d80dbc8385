import type { RouteHandler } from "@hono/zod-openapi";
import { requireAdminWrite, requireScope } from "../../access/engine";
import { notFound } from "../../errors";
import type { AppEnv } from "../../http/env";
import {
  deleteFeatureRow,
  deletePresetRow,
  deletePricingRow,
  featureById,
  featurePrice,
  insertFeature,
  insertPreset,
  patchFeature,
  patchPreset,
  presetById,
  requireKnownSlugs,
  unknownSlugs,
  upsertFeaturePrice,
} from "./catalog.queries";
import {
  ADMIN_WRITES,
  type createFeatureRoute,
  type createPresetRoute,
  type deleteFeaturePriceRoute,
  type deleteFeatureRoute,
  type deletePresetRoute,
  featureList,
  type getFeaturePriceRoute,
  type getFeatureRoute,
  type getPresetRoute,
  type listFeaturesRoute,
  type listPresetsRoute,
  presetList,
  type setFeaturePriceRoute,
  type updateFeatureRoute,
  type updatePresetRoute,
} from "./catalog.routes";
import { toFeature, toFeaturePrice, toPreset } from "./catalog.shapes";

export const listFeatures: RouteHandler<typeof listFeaturesRoute, AppEnv> = async (c) => {
  requireScope(c.get("caller"), "features", "read");
  const { data, meta } = await featureList.run(c.get("db"), c.req.valid("query"));
  return c.json({ data: data.map(toFeature), meta }, 200);
};

export const createFeature: RouteHandler<typeof createFeatureRoute, AppEnv> = async (c) => {
  requireAdminWrite(c.get("caller"), "features", ADMIN_WRITES);
  const row = await insertFeature(c.get("db"), c.req.valid("json"));
  return c.json({ data: toFeature(row) }, 201);
};

export const getFeature: RouteHandler<typeof getFeatureRoute, AppEnv> = async (c) => {
  requireScope(c.get("caller"), "features", "read");
  const db = c.get("db");
  const [row] = await db.load(featureById(db, c.req.valid("param").id));
  if (!row) throw notFound("Feature");
  return c.json({ data: toFeature(row) }, 200);
};

export const updateFeature: RouteHandler<typeof updateFeatureRoute, AppEnv> = async (c) => {
  requireAdminWrite(c.get("caller"), "features", ADMIN_WRITES);
  const row = await patchFeature(
    c.get("db"),
    c.req.valid("param").id,
    c.req.valid("json"),
    c.get("expectedVersions"),
  );
  if (!row) throw notFound("Feature");
  return c.json({ data: toFeature(row) }, 200);
};

export const deleteFeature: RouteHandler<typeof deleteFeatureRoute, AppEnv> = async (c) => {
  requireAdminWrite(c.get("caller"), "features", ADMIN_WRITES);
  if (
    (await deleteFeatureRow(c.get("db"), c.req.valid("param").id, c.get("expectedVersions"))) === 0
  ) {
    throw notFound("Feature");
  }
  return c.body(null, 204);
};

export const getFeaturePrice: RouteHandler<typeof getFeaturePriceRoute, AppEnv> = async (c) => {
  requireScope(c.get("caller"), "features", "read");
  const db = c.get("db");
  const { id, cycle } = c.req.valid("param");
  const [row] = await db.load(featurePrice(db, id, cycle));
  if (!row) throw notFound("Feature");
  return c.json({ data: toFeaturePrice(id, cycle, row) }, 200);
};

export const setFeaturePrice: RouteHandler<typeof setFeaturePriceRoute, AppEnv> = async (c) => {
  requireAdminWrite(c.get("caller"), "features", ADMIN_WRITES);
  const { id, cycle } = c.req.valid("param");
  const row = await upsertFeaturePrice(
    c.get("db"),
    id,
    cycle,
    c.req.valid("json").price_cents,
    c.get("expectedVersions"),
    c.get("createOnly"),
  );
  if (!row) throw notFound("Feature");
  return c.json({ data: toFeaturePrice(id, cycle, row) }, 200);
};

export const deleteFeaturePrice: RouteHandler<typeof deleteFeaturePriceRoute, AppEnv> = async (
  c,
) => {
  requireAdminWrite(c.get("caller"), "features", ADMIN_WRITES);
  const { id, cycle } = c.req.valid("param");
  if ((await deletePricingRow(c.get("db"), id, cycle, c.get("expectedVersions"))) === 0) {
    throw notFound("Feature price");
  }
  return c.body(null, 204);
};

export const listPresets: RouteHandler<typeof listPresetsRoute, AppEnv> = async (c) => {
  requireScope(c.get("caller"), "features", "read");
  const { data, meta } = await presetList.run(c.get("db"), c.req.valid("query"));
  return c.json({ data: data.map(toPreset), meta }, 200);
};

export const createPreset: RouteHandler<typeof createPresetRoute, AppEnv> = async (c) => {
  requireAdminWrite(c.get("caller"), "features", ADMIN_WRITES);
  const db = c.get("db");
  const body = c.req.valid("json");
  const [unknown] = await db.load(unknownSlugs(db, body.feature_slugs));
  requireKnownSlugs(unknown);
  return c.json({ data: toPreset(await insertPreset(db, body)) }, 201);
};

export const getPreset: RouteHandler<typeof getPresetRoute, AppEnv> = async (c) => {
  requireScope(c.get("caller"), "features", "read");
  const db = c.get("db");
  const [row] = await db.load(presetById(db, c.req.valid("param").id));
  if (!row) throw notFound("Preset");
  return c.json({ data: toPreset(row) }, 200);
};

export const updatePreset: RouteHandler<typeof updatePresetRoute, AppEnv> = async (c) => {
  requireAdminWrite(c.get("caller"), "features", ADMIN_WRITES);
  const db = c.get("db");
  const body = c.req.valid("json");
  const [unknown] = await db.load(unknownSlugs(db, body.feature_slugs ?? []));
  requireKnownSlugs(unknown);
  const row = await patchPreset(db, c.req.valid("param").id, body, c.get("expectedVersions"));
  if (!row) throw notFound("Preset");
  return c.json({ data: toPreset(row) }, 200);
};

export const deletePreset: RouteHandler<typeof deletePresetRoute, AppEnv> = async (c) => {
  requireAdminWrite(c.get("caller"), "features", ADMIN_WRITES);
  if (
    (await deletePresetRow(c.get("db"), c.req.valid("param").id, c.get("expectedVersions"))) === 0
  ) {
    throw notFound("Preset");
  }
  return c.body(null, 204);
};
