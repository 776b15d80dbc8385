/**
 * Billing: what users hold (feature grants, subscriptions, the entitlements
 * they add up to) and price quotes. The features themselves, their prices and
 * presets are the catalogue's (../catalog).
 */
import { createRouter } from "../../http/router";
import * as handlers from "./billing.handlers";
import * as routes from "./billing.routes";

export const billingRouter = createRouter()
  .openapi(routes.listUserFeaturesRoute, handlers.listUserFeatures)
  .openapi(routes.grantFeatureRoute, handlers.grantFeature)
  .openapi(routes.revokeFeatureRoute, handlers.revokeFeature)
  .openapi(routes.listSubscriptionsRoute, handlers.listSubscriptions)
  .openapi(routes.createSubscriptionRoute, handlers.createSubscription)
  .openapi(routes.getSubscriptionRoute, handlers.getSubscription)
  .openapi(routes.updateSubscriptionRoute, handlers.updateSubscription)
  .openapi(routes.deleteSubscriptionRoute, handlers.deleteSubscription)
  .openapi(routes.entitlementsRoute, handlers.listEntitlements)
  .openapi(routes.quoteRoute, handlers.quote);
