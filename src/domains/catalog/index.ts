/**
 * The feature catalogue: features, their per-cycle pricing and presets. Billing
 * (what users hold, and quotes) prices and checks slugs through what this
 * file exports.
 */
import { createRouter } from "../../http/router";
import * as handlers from "./catalog.handlers";
import * as routes from "./catalog.routes";

export const catalogRouter = createRouter()
  .openapi(routes.listFeaturesRoute, handlers.listFeatures)
  .openapi(routes.createFeatureRoute, handlers.createFeature)
  .openapi(routes.getFeatureRoute, handlers.getFeature)
  .openapi(routes.updateFeatureRoute, handlers.updateFeature)
  .openapi(routes.deleteFeatureRoute, handlers.deleteFeature)
  .openapi(routes.getFeaturePriceRoute, handlers.getFeaturePrice)
  .openapi(routes.setFeaturePriceRoute, handlers.setFeaturePrice)
  .openapi(routes.deleteFeaturePriceRoute, handlers.deleteFeaturePrice)
  .openapi(routes.listPresetsRoute, handlers.listPresets)
  .openapi(routes.createPresetRoute, handlers.createPreset)
  .openapi(routes.getPresetRoute, handlers.getPreset)
  .openapi(routes.updatePresetRoute, handlers.updatePreset)
  .openapi(routes.deletePresetRoute, handlers.deletePreset);

export { missingSlugs, requireKnownSlugs, unknownSlugs } from "./catalog.queries";
export { ADMIN_WRITES, Cents, FeatureSlug, MAX_SLUGS, SlugList } from "./catalog.routes";
export { Cycle, effectivePrice, PriceFields } from "./catalog.shapes";
