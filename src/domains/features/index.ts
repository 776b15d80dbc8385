/**
 * Features: the catalogue with per-cycle pricing and presets; what users hold
 * (grants, subscriptions, entitlements); and price quotes.
 */
import { createRouter } from "../../http/router";
import {
  createSubscription,
  deleteSubscription,
  getSubscription,
  grantFeature,
  listEntitlements,
  listSubscriptions,
  listUserFeatures,
  quote,
  revokeFeature,
  updateSubscription,
} from "./billing.handlers";
import {
  createSubscriptionRoute,
  deleteSubscriptionRoute,
  entitlementsRoute,
  getSubscriptionRoute,
  grantFeatureRoute,
  listSubscriptionsRoute,
  listUserFeaturesRoute,
  quoteRoute,
  revokeFeatureRoute,
  updateSubscriptionRoute,
} from "./billing.routes";
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
  .openapi(deletePresetRoute, deletePreset)
  .openapi(listUserFeaturesRoute, listUserFeatures)
  .openapi(grantFeatureRoute, grantFeature)
  .openapi(revokeFeatureRoute, revokeFeature)
  .openapi(listSubscriptionsRoute, listSubscriptions)
  .openapi(createSubscriptionRoute, createSubscription)
  .openapi(getSubscriptionRoute, getSubscription)
  .openapi(updateSubscriptionRoute, updateSubscription)
  .openapi(deleteSubscriptionRoute, deleteSubscription)
  .openapi(entitlementsRoute, listEntitlements)
  .openapi(quoteRoute, quote);
