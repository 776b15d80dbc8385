import type { RouteHandler, z } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import type { Context } from "hono";
import { ApiError } from "../../errors";
import type { AppEnv } from "../../http/env";
import { targetProblem } from "./targets";
import {
  deliveryWithAttempts,
  insertWebhook,
  ownedBy,
  ownerAuthorization,
  requeueDelivery,
  rotateSecret,
  updateWebhook,
  type WebhookOwner,
  webhookAuthorization,
} from "./webhooks.queries";
import {
  type CreateWebhook,
  type createGlobalWebhookRoute,
  type createOrganizationWebhookRoute,
  type createWorkspaceWebhookRoute,
  type deleteWebhookRoute,
  deliveryList,
  type getDeliveryRoute,
  type getWebhookRoute,
  type listDeliveriesRoute,
  type listGlobalWebhooksRoute,
  type listOrganizationWebhooksRoute,
  type listWorkspaceWebhooksRoute,
  type redeliverRoute,
  type rotateWebhookSecretRoute,
  type updateWebhookRoute,
  webhookList,
} from "./webhooks.routes";
import { toAttempt, toDelivery, toWebhook, type WebhookRow } from "./webhooks.shapes";

/** A URL this deployment refuses to send to: 422 naming the field, as the contract's own checks do. */
function checkTarget(c: Context<AppEnv>, url: string | undefined) {
  if (url === undefined) return;
  const problem = targetProblem(url, c.get("config").webhooks.allowPrivateTargets);
  if (problem) {
    throw new ApiError(422, "The request body is not valid", [
      { location: "json", path: "url", message: problem, code: "custom" },
    ]);
  }
}

async function create(
  c: Context<AppEnv>,
  owner: WebhookOwner,
  body: z.output<typeof CreateWebhook>,
) {
  const caller = c.get("caller");
  const db = c.get("db");
  checkTarget(c, body.url);
  await db.load(ownerAuthorization(db, caller, owner));
  const row = await insertWebhook(db, owner, {
    url: body.url,
    eventTypes: body.event_types,
    description: body.description ?? null,
  });
  return { ...toWebhook(row), secret: row.secret };
}

export const createWorkspaceWebhook: RouteHandler<
  typeof createWorkspaceWebhookRoute,
  AppEnv
> = async (c) =>
  c.json(
    {
      data: await create(
        c,
        { kind: "workspace", id: c.req.valid("param").id },
        c.req.valid("json"),
      ),
    },
    201,
  );

export const createOrganizationWebhook: RouteHandler<
  typeof createOrganizationWebhookRoute,
  AppEnv
> = async (c) =>
  c.json(
    {
      data: await create(
        c,
        { kind: "organization", id: c.req.valid("param").id },
        c.req.valid("json"),
      ),
    },
    201,
  );

export const createGlobalWebhook: RouteHandler<typeof createGlobalWebhookRoute, AppEnv> = async (
  c,
) => c.json({ data: await create(c, { kind: "global" }, c.req.valid("json")) }, 201);

/** An owner's endpoints: the rights and the page in one round trip. */
async function ownerPage(c: Context<AppEnv>, owner: WebhookOwner, query: ListQuery) {
  const db = c.get("db");
  const [, page] = await db.load(
    ownerAuthorization(db, c.get("caller"), owner),
    webhookList.pagePlan(db, query, ownedBy(db, owner)),
  );
  return { data: page.data.map(toWebhook), meta: page.meta };
}

type ListQuery = Parameters<typeof webhookList.pagePlan>[1];

export const listWorkspaceWebhooks: RouteHandler<
  typeof listWorkspaceWebhooksRoute,
  AppEnv
> = async (c) =>
  c.json(
    await ownerPage(c, { kind: "workspace", id: c.req.valid("param").id }, c.req.valid("query")),
    200,
  );

export const listOrganizationWebhooks: RouteHandler<
  typeof listOrganizationWebhooksRoute,
  AppEnv
> = async (c) =>
  c.json(
    await ownerPage(c, { kind: "organization", id: c.req.valid("param").id }, c.req.valid("query")),
    200,
  );

export const listGlobalWebhooks: RouteHandler<typeof listGlobalWebhooksRoute, AppEnv> = async (c) =>
  c.json(await ownerPage(c, { kind: "global" }, c.req.valid("query")), 200);

async function authorized(c: Context<AppEnv>, id: string): Promise<WebhookRow> {
  const db = c.get("db");
  const [row] = await db.load(webhookAuthorization(db, c.get("caller"), id));
  return row;
}

export const getWebhook: RouteHandler<typeof getWebhookRoute, AppEnv> = async (c) =>
  c.json({ data: toWebhook(await authorized(c, c.req.valid("param").id)) }, 200);

export const patchWebhook: RouteHandler<typeof updateWebhookRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const body = c.req.valid("json");
  checkTarget(c, body.url);
  await authorized(c, id);
  const row = await updateWebhook(
    c.get("db"),
    id,
    {
      url: body.url,
      eventTypes: body.event_types && [...new Set(body.event_types)],
      description: body.description,
      status: body.status,
      ...(body.status === "enabled" ? { disabledReason: null, consecutiveFailures: 0 } : {}),
      ...(body.status === "disabled" ? { disabledReason: "Disabled through the API" } : {}),
    },
    c.get("expectedVersions"),
  );
  if (!row) throw new ApiError(404, "Webhook not found");
  return c.json({ data: toWebhook(row) }, 200);
};

export const removeWebhook: RouteHandler<typeof deleteWebhookRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  await authorized(c, id);
  const db = c.get("db");
  const deleted = await db.deleteById(db.t.webhooks, id, c.get("expectedVersions"));
  if (deleted === 0) throw new ApiError(404, "Webhook not found");
  return c.body(null, 204);
};

export const rotateWebhookSecret: RouteHandler<typeof rotateWebhookSecretRoute, AppEnv> = async (
  c,
) => {
  const row = await authorized(c, c.req.valid("param").id);
  const rotated = await rotateSecret(c.get("db"), row);
  return c.json(
    {
      data: {
        secret: rotated.secret,
        previous_secret_expires_at: rotated.previousSecretExpiresAt.toISOString(),
      },
    },
    200,
  );
};

export const listDeliveries: RouteHandler<typeof listDeliveriesRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const { id } = c.req.valid("param");
  const d = db.t.webhookDeliveries;
  const [, page] = await db.load(
    webhookAuthorization(db, c.get("caller"), id),
    deliveryList.pagePlan(db, c.req.valid("query"), eq(d.webhookId, id)),
  );
  return c.json({ data: page.data.map(toDelivery), meta: page.meta }, 200);
};

export const getDelivery: RouteHandler<typeof getDeliveryRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const { id, delivery_id } = c.req.valid("param");
  const [, found] = await db.load(
    webhookAuthorization(db, c.get("caller"), id),
    deliveryWithAttempts(db, id, delivery_id),
  );
  return c.json(
    { data: { ...toDelivery(found.delivery), attempts_log: found.attempts.map(toAttempt) } },
    200,
  );
};

export const redeliver: RouteHandler<typeof redeliverRoute, AppEnv> = async (c) => {
  const queue = c.env?.WEBHOOKS_QUEUE;
  const { id, delivery_id } = c.req.valid("param");
  const endpoint = await authorized(c, id);
  if (endpoint.status !== "enabled") {
    throw new ApiError(409, "The endpoint is disabled: enable it (PATCH status) to send to it");
  }
  if (!queue) {
    throw new ApiError(503, "No webhooks queue is configured: deliveries are not sent");
  }
  const row = await requeueDelivery(c.get("db"), id, delivery_id);
  await queue.send({ kind: "deliver", delivery_id });
  return c.json({ data: toDelivery(row) }, 202);
};
