/** Webhooks: endpoints that receive the outbox's events, signed, through the webhooks queue. */
import { createRouter } from "../../http/router";
import {
  createGlobalWebhook,
  createOrganizationWebhook,
  createWorkspaceWebhook,
  getDelivery,
  getWebhook,
  listDeliveries,
  listGlobalWebhooks,
  listOrganizationWebhooks,
  listWorkspaceWebhooks,
  patchWebhook,
  redeliver,
  removeWebhook,
  rotateWebhookSecret,
} from "./webhooks.handlers";
import {
  createGlobalWebhookRoute,
  createOrganizationWebhookRoute,
  createWorkspaceWebhookRoute,
  deleteWebhookRoute,
  getDeliveryRoute,
  getWebhookRoute,
  listDeliveriesRoute,
  listGlobalWebhooksRoute,
  listOrganizationWebhooksRoute,
  listWorkspaceWebhooksRoute,
  redeliverRoute,
  rotateWebhookSecretRoute,
  updateWebhookRoute,
} from "./webhooks.routes";

export { consume as consumeWebhookMessages } from "./delivery";

export const webhooksRouter = createRouter()
  .openapi(listGlobalWebhooksRoute, listGlobalWebhooks)
  .openapi(createGlobalWebhookRoute, createGlobalWebhook)
  .openapi(listWorkspaceWebhooksRoute, listWorkspaceWebhooks)
  .openapi(createWorkspaceWebhookRoute, createWorkspaceWebhook)
  .openapi(listOrganizationWebhooksRoute, listOrganizationWebhooks)
  .openapi(createOrganizationWebhookRoute, createOrganizationWebhook)
  .openapi(getWebhookRoute, getWebhook)
  .openapi(updateWebhookRoute, patchWebhook)
  .openapi(deleteWebhookRoute, removeWebhook)
  .openapi(rotateWebhookSecretRoute, rotateWebhookSecret)
  .openapi(listDeliveriesRoute, listDeliveries)
  .openapi(getDeliveryRoute, getDelivery)
  .openapi(redeliverRoute, redeliver);
