import type { RouteHandler } from "@hono/zod-openapi";
import { requireAdminWrite, requireScope, requireSelfOrAdmin } from "../../access/engine";
import { userExists } from "../../db/users";
import { forbidden, notFound } from "../../errors";
import type { AppEnv } from "../../http/env";
import { ADMIN_WRITES, requireKnownSlugs, unknownSlugs } from "../catalog";
import {
  deleteGrant,
  deleteSubscriptionRow,
  entitlementRows,
  insertSubscription,
  patchSubscription,
  subscriptionById,
  subscriptionPage,
  upsertGrant,
  userFeaturePage,
} from "./billing.queries";
import {
  type createSubscriptionRoute,
  type deleteSubscriptionRoute,
  type entitlementsRoute,
  type getSubscriptionRoute,
  type grantFeatureRoute,
  type listSubscriptionsRoute,
  type listUserFeaturesRoute,
  type quoteRoute,
  requireCycleInOrder,
  type revokeFeatureRoute,
  type updateSubscriptionRoute,
} from "./billing.routes";
import { toEntitlements, toSubscription, toUserFeature } from "./billing.shapes";
import { quoteOf } from "./quote";

/** To anyone but the user and admins, a user's billing answers as if the user did not exist. */
const noSuchUser = () => notFound("User");

export const listUserFeatures: RouteHandler<typeof listUserFeaturesRoute, AppEnv> = async (c) => {
  const userId = c.req.valid("param").id;
  requireSelfOrAdmin(c.get("caller"), "features", "read", userId, noSuchUser);
  const db = c.get("db");
  const [{ data, meta }] = await db.load(userFeaturePage(db, c.req.valid("query"), userId));
  return c.json({ data: data.map(toUserFeature), meta }, 200);
};

/** Upsert: a second grant changes the limit. */
export const grantFeature: RouteHandler<typeof grantFeatureRoute, AppEnv> = async (c) => {
  requireAdminWrite(c.get("caller"), "features", ADMIN_WRITES);
  const { id: userId, featureId } = c.req.valid("param");
  const row = await upsertGrant(
    c.get("db"),
    userId,
    featureId,
    c.req.valid("json").usage_limit,
    c.get("expectedVersions"),
    c.get("createOnly"),
  );
  return c.json({ data: toUserFeature(row) }, 200);
};

export const revokeFeature: RouteHandler<typeof revokeFeatureRoute, AppEnv> = async (c) => {
  requireAdminWrite(c.get("caller"), "features", ADMIN_WRITES);
  const { id: userId, featureId } = c.req.valid("param");
  const deleted = await deleteGrant(c.get("db"), userId, featureId, c.get("expectedVersions"));
  if (deleted === 0) throw notFound("Feature grant");
  return c.body(null, 204);
};

export const listSubscriptions: RouteHandler<typeof listSubscriptionsRoute, AppEnv> = async (c) => {
  const userId = c.req.valid("param").id;
  requireSelfOrAdmin(c.get("caller"), "features", "read", userId, noSuchUser);
  const db = c.get("db");
  const [{ data, meta }] = await db.load(subscriptionPage(db, c.req.valid("query"), userId));
  return c.json({ data: data.map(toSubscription), meta }, 200);
};

export const createSubscription: RouteHandler<typeof createSubscriptionRoute, AppEnv> = async (
  c,
) => {
  requireAdminWrite(c.get("caller"), "features", ADMIN_WRITES);
  const db = c.get("db");
  const userId = c.req.valid("param").id;
  const body = c.req.valid("json");
  const [exists, unknown] = await db.load(
    userExists(db, userId),
    unknownSlugs(db, body.active_features),
  );
  if (!exists) throw notFound("User");
  requireKnownSlugs(unknown);
  return c.json({ data: toSubscription(await insertSubscription(db, userId, body)) }, 201);
};

export const getSubscription: RouteHandler<typeof getSubscriptionRoute, AppEnv> = async (c) => {
  const caller = c.get("caller");
  requireScope(caller, "features", "read");
  const db = c.get("db");
  const [row] = await db.load(subscriptionById(db, c.req.valid("param").id));
  const missing = () => notFound("Subscription");
  if (!row) throw missing();
  requireSelfOrAdmin(caller, "features", "read", row.userId, missing);
  return c.json({ data: toSubscription(row) }, 200);
};

export const updateSubscription: RouteHandler<typeof updateSubscriptionRoute, AppEnv> = async (
  c,
) => {
  requireAdminWrite(c.get("caller"), "features", ADMIN_WRITES);
  const db = c.get("db");
  const id = c.req.valid("param").id;
  const body = c.req.valid("json");
  const [current, unknown] = await db.load(
    subscriptionById(db, id),
    unknownSlugs(db, body.active_features ?? []),
  );
  if (!current) throw notFound("Subscription");
  requireKnownSlugs(unknown);
  requireCycleInOrder(body, current);
  const row = await patchSubscription(db, id, body, c.get("expectedVersions"));
  if (!row) throw notFound("Subscription");
  return c.json({ data: toSubscription(row) }, 200);
};

export const deleteSubscription: RouteHandler<typeof deleteSubscriptionRoute, AppEnv> = async (
  c,
) => {
  requireAdminWrite(c.get("caller"), "features", ADMIN_WRITES);
  if (
    (await deleteSubscriptionRow(
      c.get("db"),
      c.req.valid("param").id,
      c.get("expectedVersions"),
    )) === 0
  ) {
    throw notFound("Subscription");
  }
  return c.body(null, 204);
};

export const listEntitlements: RouteHandler<typeof entitlementsRoute, AppEnv> = async (c) => {
  const userId = c.req.valid("param").id;
  requireSelfOrAdmin(c.get("caller"), "features", "read", userId, noSuchUser);
  const db = c.get("db");
  const [rows] = await db.load(entitlementRows(db, userId));
  // The user's own row comes back even without features: none means no such user.
  if (rows.length === 0) throw noSuchUser();
  return c.json({ data: toEntitlements(rows) }, 200);
};

export const quote: RouteHandler<typeof quoteRoute, AppEnv> = async (c) => {
  const caller = c.get("caller");
  const query = c.req.valid("query");
  if (query.user_id === undefined) requireScope(caller, "features", "read");
  else {
    requireSelfOrAdmin(caller, "features", "read", query.user_id, () =>
      forbidden("Only admins may quote for another user"),
    );
  }
  const db = c.get("db");
  const [data] = await db.load(quoteOf(db, query));
  return c.json({ data }, 200);
};
