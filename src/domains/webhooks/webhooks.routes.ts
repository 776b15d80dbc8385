import { z } from "@hono/zod-openapi";
import { DELIVERY_STATUSES, WEBHOOK_STATUSES } from "../../db/schema";
import { itemEnvelope, jsonResponse } from "../../http/envelopes";
import { defineList } from "../../http/list-query";
import {
  createItemRoute,
  deleteItemRoute,
  getItemRoute,
  listRoute,
  operation,
  pathParams,
  updateItemRoute,
} from "../../http/routes";
import { TrimmedText, Url } from "../../http/schemas";
import {
  Delivery,
  DeliveryWithAttempts,
  EventTypePattern,
  RotatedSecret,
  Webhook,
  WebhookWithSecret,
} from "./webhooks.shapes";

const url = Url.openapi({
  description:
    "Where deliveries are POSTed: https, to a public host. Private, loopback, link-local, unique-local, CGNAT and metadata addresses, `localhost`, `*.localhost`, `*.local` and `*.internal` and credentials in the URL are refused (422), unless the deployment sets WEBHOOKS_ALLOW_PRIVATE_TARGETS (local development), which allows http and those hosts",
  example: "https://hooks.example.com/hearth",
});
const eventTypes = z.array(EventTypePattern).min(1).max(100);
const description = TrimmedText(500);

export const CreateWebhook = z
  .strictObject({ url, event_types: eventTypes, description: description.optional() })
  .openapi("CreateWebhook");

export const UpdateWebhook = z
  .strictObject({
    url: url.optional(),
    event_types: eventTypes.optional(),
    description: description.nullable().optional(),
    status: z.enum(WEBHOOK_STATUSES).optional().openapi({
      description: "`enabled` also clears `disabled_reason` and `consecutive_failures`",
    }),
  })
  .openapi("UpdateWebhook");

export const webhookList = defineList({
  table: (t) => t.webhooks,
  sort: { created_at: "id" },
  defaultSort: "created_at",
  filters: { status: { kind: "enum", field: "status", values: WEBHOOK_STATUSES } },
});

export const deliveryList = defineList({
  table: (t) => t.webhookDeliveries,
  sort: { created_at: "id" },
  defaultSort: "-created_at",
  filters: { status: { kind: "enum", field: "status", values: DELIVERY_STATUSES } },
});

const tags = ["webhooks"];

const OWNED_ACCESS = {
  scope: {
    anyOf: ["workspaces:write", "identities:write"],
    by: "the endpoint's owner (`workspaces:write` for a workspace's, `identities:write` for an organization's; global endpoints: `admin`)",
  },
  guests: false,
} as const;

const WHO =
  "For those who may write the endpoint's workspace or organization (global endpoints: admins). An endpoint of a workspace or organization the caller may not read, or a global one for a non-admin, answers 404; one the caller may read but not write, 403.";

const SIGNING =
  "Each delivery is a POST of `{type, timestamp, data}` (`data`: the event as `GET /v1/events` answers it) signed as Standard Webhooks specifies: `webhook-id` (the event id, the same on every retry), `webhook-timestamp` and `webhook-signature`. The answer carries the endpoint's `secret`, shown only here and on rotation.";

const ownerCreate = (kind: "workspace" | "organization") =>
  createItemRoute({
    path: kind === "workspace" ? "/workspaces/{id}/webhooks" : "/organizations/{id}/webhooks",
    tags,
    summary: `Register a webhook endpoint for the ${kind}'s events`,
    operationId: kind === "workspace" ? "createWorkspaceWebhook" : "createOrganizationWebhook",
    description: `Receives the events of the ${kind} and everything it holds, of the types \`event_types\` names, recorded from now on. ${SIGNING} For those who may write the ${kind}: 403 for those who may only read it, 404 when it is unreadable.`,
    access: {
      scope: kind === "workspace" ? "workspaces:write" : "identities:write",
      guests: false,
    },
    // The answer carries the secret: never stored for replay.
    idempotencyKey: false,
    body: CreateWebhook,
    item: WebhookWithSecret,
  });

const ownerList = (kind: "workspace" | "organization") =>
  listRoute({
    path: kind === "workspace" ? "/workspaces/{id}/webhooks" : "/organizations/{id}/webhooks",
    tags,
    summary: `The ${kind}'s webhook endpoints`,
    operationId: kind === "workspace" ? "listWorkspaceWebhooks" : "listOrganizationWebhooks",
    description: `Oldest first; filter by \`status\`. For those who may write the ${kind}: 403 for those who may only read it, 404 when it is unreadable.`,
    access: {
      scope: kind === "workspace" ? "workspaces:write" : "identities:write",
      guests: false,
    },
    query: webhookList.query,
    item: Webhook,
  });

export const createWorkspaceWebhookRoute = ownerCreate("workspace");
export const createOrganizationWebhookRoute = ownerCreate("organization");
export const listWorkspaceWebhooksRoute = ownerList("workspace");
export const listOrganizationWebhooksRoute = ownerList("organization");

export const createGlobalWebhookRoute = createItemRoute({
  path: "/webhooks",
  tags,
  summary: "Register a global webhook endpoint: every event (admin)",
  operationId: "createWebhook",
  description: `Receives every event of the types \`event_types\` names, recorded from now on, whoever owns it. ${SIGNING}`,
  access: { scope: "admin", guests: false },
  idempotencyKey: false,
  body: CreateWebhook,
  item: WebhookWithSecret,
});

export const listGlobalWebhooksRoute = listRoute({
  path: "/webhooks",
  tags,
  summary: "The global webhook endpoints (admin)",
  operationId: "listWebhooks",
  description: "Endpoints of no workspace or organization, oldest first; filter by `status`.",
  access: { scope: "admin", guests: false },
  query: webhookList.query,
  item: Webhook,
});

export const getWebhookRoute = getItemRoute({
  path: "/webhooks/{id}",
  tags,
  summary: "Get a webhook endpoint",
  operationId: "getWebhook",
  description: `${WHO} The secret is never shown again: rotate it to get a new one.`,
  access: OWNED_ACCESS,
  item: Webhook,
});

export const updateWebhookRoute = updateItemRoute({
  versioned: true,
  path: "/webhooks/{id}",
  tags,
  summary: "Change a webhook endpoint's URL, event types, description or status",
  operationId: "updateWebhook",
  description: `Setting \`status\` to \`enabled\` re-enables an endpoint disabled after failing deliveries. ${WHO}`,
  access: OWNED_ACCESS,
  body: UpdateWebhook,
  item: Webhook,
});

export const deleteWebhookRoute = deleteItemRoute({
  versioned: true,
  path: "/webhooks/{id}",
  tags,
  summary: "Delete a webhook endpoint with its delivery log",
  operationId: "deleteWebhook",
  description: WHO,
  access: OWNED_ACCESS,
});

export const rotateWebhookSecretRoute = operation({
  method: "post",
  path: "/webhooks/{id}/rotate-secret",
  tags,
  summary: "Replace an endpoint's signing secret",
  operationId: "rotateWebhookSecret",
  description: `Answers the new secret. For 24 hours deliveries carry two signatures, space-separated in \`webhook-signature\`: the new secret's and the previous one's, so receivers can switch without losing a delivery. ${WHO}`,
  access: OWNED_ACCESS,
  idempotencyKey: false,
  request: { params: pathParams("/webhooks/{id}") },
  responses: { 200: jsonResponse(itemEnvelope(RotatedSecret), "The new secret") },
});

export const listDeliveriesRoute = listRoute({
  path: "/webhooks/{id}/deliveries",
  tags,
  summary: "An endpoint's delivery log",
  operationId: "listWebhookDeliveries",
  description: `One delivery per event sent to the endpoint, newest first; filter by \`status\`. Delivered and dead deliveries older than EVENTS_RETENTION_DAYS are pruned. ${WHO}`,
  access: OWNED_ACCESS,
  query: deliveryList.query,
  item: Delivery,
});

export const getDeliveryRoute = getItemRoute({
  path: "/webhooks/{id}/deliveries/{delivery_id}",
  tags,
  summary: "A delivery with each of its attempts",
  operationId: "getWebhookDelivery",
  description: WHO,
  access: OWNED_ACCESS,
  item: DeliveryWithAttempts,
});

export const redeliverRoute = operation({
  method: "post",
  path: "/webhooks/{id}/deliveries/{delivery_id}/redeliver",
  tags,
  summary: "Send a delivery again now",
  operationId: "redeliverWebhookDelivery",
  description: `Queues a new attempt at once, whatever the delivery's status (\`dead\` and \`delivered\` included), with the same \`webhook-id\`: receivers that de-duplicate on it see it once. Answers the delivery as queued (\`pending\`). A disabled endpoint's deliveries: 409 (enable it first); without a queue configured, 503. ${WHO}`,
  access: OWNED_ACCESS,
  errors: [503],
  request: { params: pathParams("/webhooks/{id}/deliveries/{delivery_id}") },
  responses: { 202: jsonResponse(itemEnvelope(Delivery), "The delivery, queued") },
});
