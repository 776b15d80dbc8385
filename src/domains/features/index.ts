/** Features: the catalogue with per-cycle pricing and presets. */
import { createRouter } from "../../http/router";
import {
  createFeature,
  createPreset,
  deleteFeature,
  deleteFeaturePrice,
  deletePreset,
  getFeature,
  getFeaturePrice,
  getPreset,
  listFeatures,
  listPresets,
  setFeaturePrice,
  updateFeature,
  updatePreset,
} from "./catalog.handlers";
import {
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

export const featuresRouter = createRouter()
  .openapi(listFeaturesRoute, listFeatures)
  .openapi(createFeatureRoute, createFeature)
  .openapi(getFeatureRoute, getFeature)
  .openapi(updateFeatureRoute, updateFeature)
  .openapi(deleteFeatureRoute, deleteFeature)
  .openapi(getFeaturePriceRoute, getFeaturePrice)
  .openapi(setFeaturePriceRoute, setFeaturePrice)
  .openapi(deleteFeaturePriceRoute, deleteFeaturePrice)
  .openapi(listPresetsRoute, listPresets)
  .openapi(createPresetRoute, createPreset)
  .openapi(getPresetRoute, getPreset)
  .openapi(updatePresetRoute, updatePreset)
  .openapi(deletePresetRoute, deletePreset);
