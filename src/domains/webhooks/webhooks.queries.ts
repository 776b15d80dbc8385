import { and, asc, eq, isNull, type SQL, sql } from "drizzle-orm";
import { requireAdmin, requireScope } from "../../access/engine";
import { type Caller, hasScope } from "../../auth/caller";
import type { Database, ExpectedVersions } from "../../db/database";
import { allOf, firstRowOf, mapPlan, type Plan, planOf } from "../../db/plan";
import { type ApiError, forbidden, notFound } from "../../errors";
import { ownerRights } from "../events";
import { newSecret } from "./signing";
import type { AttemptRow, DeliveryRow, WebhookRow } from "./webhooks.shapes";

export type WebhookOwner =
  | { kind: "workspace"; id: string }
  | { kind: "organization"; id: string }
  | { kind: "global" };

const SCOPE_DOMAIN = { workspace: "workspaces", organization: "identities" } as const;

/**
 * May the caller manage the webhooks of `owner`: the scope of writing it, then
 * the engine's `write` decision on it (404 unreadable, 403 read-only); global
 * endpoints are the admins'. Loaded with the request's other reads.
 */
export function ownerAuthorization(db: Database, caller: Caller, owner: WebhookOwner): Plan<void> {
  if (owner.kind === "global") {
    requireAdmin(caller);
    return allOf();
  }
  requireScope(caller, SCOPE_DOMAIN[owner.kind], "write");
  return mapPlan(ownerRights(db, caller, owner.kind, owner.id), (rights) =>
    requireOwnerWrite(owner.kind, rights, () =>
      notFound(owner.kind === "workspace" ? "Workspace" : "Organization"),
    ),
  );
}

/** Who may write the owner manages its webhooks; who may not read it hears `unreadable`. */
function requireOwnerWrite(
  kind: "workspace" | "organization",
  rights: { readable: boolean; allowed: boolean },
  unreadable: () => ApiError,
): void {
  if (!rights.readable) throw unreadable();
  if (!rights.allowed) throw forbidden(`Only those who may write this ${kind} manage its webhooks`);
}

/** The rows of an owner's endpoints, for its list. */
export function ownedBy(db: Database, owner: WebhookOwner): SQL {
  const w = db.t.webhooks;
  if (owner.kind === "workspace") return eq(w.workspaceId, owner.id);
  if (owner.kind === "organization") return eq(w.organizationId, owner.id);
  return and(isNull(w.workspaceId), isNull(w.organizationId))!;
}

/**
 * The endpoint `id` with the caller's rights over its owner, in one round
 * trip (the rights read the owner through a subquery), or the error they call
 * for: 404 for what the caller may not read (a global endpoint for a
 * non-admin), 403 for what it may read but not write.
 */
export function webhookAuthorization(db: Database, caller: Caller, id: string): Plan<WebhookRow> {
  // The scope check comes first: a key holding neither owner's write scope is refused as such.
  if (!hasScope(caller, "workspaces", "write")) requireScope(caller, "identities", "write");
  const w = db.t.webhooks;
  const ownerOf = (column: typeof w.workspaceId) =>
    sql`(select ${column} from ${w} where ${w.id} = ${id})`;
  const found = firstRowOf(db.orm.select().from(w).where(eq(w.id, id)).limit(1));
  const workspace = ownerRights(db, caller, "workspace", ownerOf(w.workspaceId));
  const organization = ownerRights(db, caller, "organization", ownerOf(w.organizationId));
  return mapPlan(allOf(found, workspace, organization), ([row, onWorkspace, onOrganization]) => {
    if (!row) throw notFound("Webhook");
    const kind = row.workspaceId ? "workspace" : row.organizationId ? "organization" : undefined;
    if (!kind) {
      requireAdmin(caller, () => notFound("Webhook"));
      return row;
    }
    requireScope(caller, SCOPE_DOMAIN[kind], "write");
    requireOwnerWrite(kind, kind === "workspace" ? onWorkspace : onOrganization, () =>
      notFound("Webhook"),
    );
    return row;
  });
}

export async function insertWebhook(
  db: Database,
  owner: WebhookOwner,
  values: { url: string; eventTypes: string[]; description: string | null },
): Promise<WebhookRow> {
  return db.insertOne(db.t.webhooks, {
    workspaceId: owner.kind === "workspace" ? owner.id : null,
    organizationId: owner.kind === "organization" ? owner.id : null,
    url: values.url,
    eventTypes: [...new Set(values.eventTypes)],
    description: values.description,
    secret: newSecret(),
  });
}

export const updateWebhook = (
  db: Database,
  id: string,
  patch: Partial<WebhookRow>,
  expected?: ExpectedVersions,
) => db.updateById(db.t.webhooks, id, patch, expected);

/** How long a rotated-out secret keeps signing. */
export const PREVIOUS_SECRET_LIFETIME_MS = 24 * 3_600_000;

/**
 * A new secret, the current one kept as the previous for 24 hours; based on
 * the row as read (`webhook`), so of two concurrent rotations one wins (412).
 */
export async function rotateSecret(db: Database, webhook: WebhookRow) {
  const secret = newSecret();
  const expiresAt = new Date(Date.now() + PREVIOUS_SECRET_LIFETIME_MS);
  const rotated = await db.updateById(
    db.t.webhooks,
    webhook.id,
    { secret, previousSecret: webhook.secret, previousSecretExpiresAt: expiresAt },
    [webhook.updatedAt],
  );
  if (!rotated) throw notFound("Webhook");
  return { secret, previousSecretExpiresAt: expiresAt };
}

/** One delivery of an endpoint, with its attempts in order. */
export function deliveryWithAttempts(
  db: Database,
  webhookId: string,
  deliveryId: string,
): Plan<{ delivery: DeliveryRow; attempts: AttemptRow[] }> {
  const d = db.t.webhookDeliveries;
  const a = db.t.webhookAttempts;
  const delivery = firstRowOf(
    db.orm
      .select()
      .from(d)
      .where(and(eq(d.id, deliveryId), eq(d.webhookId, webhookId)))
      .limit(1),
  );
  const attempts = planOf(
    db.orm.select().from(a).where(eq(a.deliveryId, deliveryId)).orderBy(asc(a.attempt)),
  );
  return mapPlan(allOf(delivery, attempts), ([found, log]) => {
    if (!found) throw notFound("Delivery");
    return { delivery: found, attempts: log };
  });
}

/**
 * Makes a delivery due again now, whatever its status: a redelivery is one
 * more attempt (counted with the others), sent with the same `webhook-id`.
 */
export async function requeueDelivery(
  db: Database,
  webhookId: string,
  deliveryId: string,
): Promise<DeliveryRow> {
  const d = db.t.webhookDeliveries;
  const where = and(eq(d.id, deliveryId), eq(d.webhookId, webhookId))!;
  const [row] = await db.updateReturning(d, where, {
    status: "pending",
    nextAttemptAt: new Date(),
  });
  if (!row) throw notFound("Delivery");
  return row;
}
