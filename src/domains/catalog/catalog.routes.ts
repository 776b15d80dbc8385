/** Contracts of the feature catalogue: features, their per-cycle pricing and presets. */
import { z } from "@hono/zod-openapi";
import { defineList } from "../../http/list-query";
import {
  createItemRoute,
  deleteItemRoute,
  getItemRoute,
  listRoute,
  setItemRoute,
  updateItemRoute,
} from "../../http/routes";
import { IdParams, TrimmedText } from "../../http/schemas";
import { Cycle, Feature, FeaturePreset, FeaturePrice } from "./catalog.shapes";

/** Money columns are 32-bit integers on Postgres and MySQL: at most 2³¹ − 1 cents. */
export const Cents = z
  .number()
  .int()
  .min(0)
  .max(2 ** 31 - 1);
export const FeatureSlug = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/, "lowercase letters, digits and - _ . separators");

const featureFields = {
  slug: FeatureSlug,
  name: TrimmedText(200),
  description: z.string().max(5000).nullable().optional(),
  category: TrimmedText(32),
  milestone: TrimmedText(32).nullable().optional(),
  base_price_cents: Cents.optional(),
  operation_cost_cents: Cents.optional(),
};

export const CreateFeature = z.strictObject(featureFields).openapi("CreateFeature");
export const UpdateFeature = z
  .strictObject({
    ...featureFields,
    slug: featureFields.slug.optional(),
    name: featureFields.name.optional(),
    category: featureFields.category.optional(),
  })
  .openapi("UpdateFeature");

export const featureList = defineList({
  table: (t) => t.features,
  sort: { slug: "slug", created_at: "id", base_price_cents: "basePriceCents" },
  defaultSort: "slug",
  filters: {
    category: { kind: "search", fields: ["category"] },
    q: { kind: "search", fields: ["slug", "name"] },
  },
});

const tags = ["features"];
/** The catalogue is for anyone to read and for admins to change (billing shares the rule). */
const readers = { scope: "features:read", guests: true } as const;
const admins = { scope: "admin", guests: false } as const;
/** What the 403 says to anyone but an admin who changes the catalogue or billing. */
export const ADMIN_WRITES = "change features and billing";

export const listFeaturesRoute = listRoute({
  path: "/features",
  tags,
  summary: "The feature catalogue",
  operationId: "listFeatures",
  description: "Filter by `category`, sort by `slug`, `created_at` or `base_price_cents`.",
  access: readers,
  query: featureList.query,
  item: Feature,
});
export const createFeatureRoute = createItemRoute({
  path: "/features",
  tags,
  summary: "Add a feature (admin)",
  operationId: "createFeature",
  description: "A slug already taken answers 409 naming `slug`.",
  access: admins,
  body: CreateFeature,
  item: Feature,
});
export const getFeatureRoute = getItemRoute({
  path: "/features/{id}",
  tags,
  summary: "Get a feature",
  operationId: "getFeature",
  description: "One feature of the catalogue, with its base price.",
  access: readers,
  item: Feature,
});
export const updateFeatureRoute = updateItemRoute({
  versioned: true,
  path: "/features/{id}",
  tags,
  summary: "Change a feature (admin)",
  operationId: "updateFeature",
  description: "Only the fields given change; a slug already taken answers 409 naming `slug`.",
  access: admins,
  body: UpdateFeature,
  item: Feature,
});
export const deleteFeatureRoute = deleteItemRoute({
  versioned: true,
  path: "/features/{id}",
  tags,
  summary: "Remove a feature (admin), with its pricing and user grants",
  operationId: "deleteFeature",
  description: "Its pricing rows and user grants go with it.",
  access: admins,
});

const PricingParams = IdParams.extend({
  cycle: Cycle.openapi({ param: { name: "cycle", in: "path" } }),
});

export const SetFeaturePrice = z.strictObject({ price_cents: Cents }).openapi("SetFeaturePrice");

const pricingPath = "/features/{id}/pricing/{cycle}";

export const getFeaturePriceRoute = getItemRoute({
  path: pricingPath,
  tags,
  summary: "A feature's effective price for a cycle (its pricing row, else its base price)",
  operationId: "getFeaturePrice",
  description: "`source` says whether a pricing row or the base price decided it.",
  access: readers,
  params: PricingParams,
  item: FeaturePrice,
});
export const setFeaturePriceRoute = setItemRoute({
  versioned: true,
  path: pricingPath,
  tags,
  summary: "Set a feature's price for a cycle (admin)",
  operationId: "setFeaturePrice",
  description:
    "Creates or replaces the feature's pricing row for the cycle. With `If-Match` it only replaces: a cycle without a pricing row answers 412.",
  access: admins,
  params: PricingParams,
  body: SetFeaturePrice,
  item: FeaturePrice,
});
export const deleteFeaturePriceRoute = deleteItemRoute({
  versioned: true,
  path: pricingPath,
  tags,
  summary: "Remove a feature's price for a cycle (admin); the base price applies again",
  operationId: "deleteFeaturePrice",
  description: "A cycle without a pricing row answers 404.",
  access: admins,
  params: PricingParams,
});

/**
 * At most 90 slugs: they are bound one parameter each, and the queries that
 * check them bind a few more (D1 allows 100 per statement).
 */
export const MAX_SLUGS = 90;
export const SlugList = z.array(FeatureSlug).max(MAX_SLUGS);

const presetFields = {
  name: TrimmedText(100),
  feature_slugs: SlugList,
  sort_order: z.number().int().min(-1_000_000).max(1_000_000).optional(),
};

export const CreateFeaturePreset = z.strictObject(presetFields).openapi("CreateFeaturePreset");
export const UpdateFeaturePreset = z
  .strictObject({
    name: presetFields.name.optional(),
    feature_slugs: presetFields.feature_slugs.optional(),
    sort_order: presetFields.sort_order,
  })
  .openapi("UpdateFeaturePreset");

export const presetList = defineList({
  table: (t) => t.featurePresets,
  sort: { sort_order: "sortOrder", name: "name", created_at: "id" },
  defaultSort: "sort_order",
});

export const listPresetsRoute = listRoute({
  path: "/feature-presets",
  tags,
  summary: "Feature presets, by sort order",
  operationId: "listFeaturePresets",
  description: "Sort by `sort_order`, `name` or `created_at`.",
  access: readers,
  query: presetList.query,
  item: FeaturePreset,
});
export const createPresetRoute = createItemRoute({
  path: "/feature-presets",
  tags,
  summary: "Add a preset (admin); its slugs must name existing features",
  operationId: "createFeaturePreset",
  description: "Unknown feature slugs answer 422; a name already taken answers 409 naming `name`.",
  access: admins,
  body: CreateFeaturePreset,
  item: FeaturePreset,
});
export const getPresetRoute = getItemRoute({
  path: "/feature-presets/{id}",
  tags,
  summary: "Get a preset",
  operationId: "getFeaturePreset",
  description: "One preset: a named set of feature slugs.",
  access: readers,
  item: FeaturePreset,
});
export const updatePresetRoute = updateItemRoute({
  versioned: true,
  path: "/feature-presets/{id}",
  tags,
  summary: "Change a preset (admin)",
  operationId: "updateFeaturePreset",
  description: "Only the fields given change; unknown feature slugs answer 422.",
  access: admins,
  body: UpdateFeaturePreset,
  item: FeaturePreset,
});
export const deletePresetRoute = deleteItemRoute({
  versioned: true,
  path: "/feature-presets/{id}",
  tags,
  summary: "Remove a preset (admin)",
  operationId: "deleteFeaturePreset",
  description: "Removes the preset; an unknown id answers 404.",
  access: admins,
});
