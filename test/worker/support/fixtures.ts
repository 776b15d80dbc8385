/**
 * Rows written straight into the database under test, for setting the scene.
 * Every call makes fresh ids and slugs, so suites can share a Postgres/MySQL
 * database without seeing each other's rows.
 */
import { ACTION_VERBS } from "../../../src/access/engine";
import { mintApiKey } from "../../../src/auth/api-keys";
import type { Caller, Subject } from "../../../src/auth/caller";
import { USER_SCOPES } from "../../../src/auth/scopes";
import { workspaceVisibilityOf } from "../../../src/db/copies";
import type { Database } from "../../../src/db/database";
import { uuidv7 } from "../../../src/db/ids";

type T = Database["t"];
const unique = () => uuidv7().slice(-12);

export async function makeOrganization(db: Database) {
  const [row] = await db.insertReturning(db.t.organizations, [
    { name: "Org", slug: `org-${unique()}` },
  ]);
  return row!;
}

export async function makeUser(db: Database, organizationId: string | null = null) {
  const [row] = await db.insertReturning(db.t.users, [
    { email: `${unique()}@example.com`, displayName: "User", organizationId },
  ]);
  return row!;
}

export async function makeWorkspace(
  db: Database,
  owner: { type: "user" | "organization"; id: string },
  visibility: "public" | "private" = "public",
) {
  const [row] = await db.insertReturning(db.t.workspaces, [
    {
      name: "Workspace",
      slug: `ws-${unique()}`,
      ownerType: owner.type,
      ownerId: owner.id,
      visibility,
    },
  ]);
  return row!;
}

/** A resource's copy of its workspace's visibility, made as the API makes it (src/db/copies.ts). */
const copiedVisibility = (db: Database, owner: { type: string; id: string }) =>
  workspaceVisibilityOf(db.t, owner.type, owner.id) as never;

export async function makeResource(
  db: Database,
  owner: { type: "user" | "organization" | "workspace"; id: string },
  status: "LISTED" | "UNLISTED" = "LISTED",
) {
  const [row] = await db.insertReturning(db.t.resources, [
    {
      ownerType: owner.type,
      ownerId: owner.id,
      workspaceVisibility: copiedVisibility(db, owner),
      type: "post",
      title: `Resource ${unique()}`,
      status,
    },
  ]);
  return row!;
}

/** Many resources in one atomic write (chunked under D1's parameter limit). */
export async function makeResources(
  db: Database,
  owner: { type: "user" | "organization" | "workspace"; id: string },
  count: number,
  status: "LISTED" | "UNLISTED" = "LISTED",
) {
  const rows = Array.from({ length: count }, () => ({
    id: uuidv7(),
    ownerType: owner.type,
    ownerId: owner.id,
    workspaceVisibility: copiedVisibility(db, owner),
    type: "post" as const,
    title: `Resource ${unique()}`,
    status,
  }));
  await db.atomic((orm) => db.insertChunks(orm, db.t.resources, rows));
  return rows;
}

export async function makeTeam(db: Database, ownerUserId: string, memberIds: string[]) {
  const [team] = await db.insertReturning(db.t.teams, [{ name: "Team", ownerUserId }]);
  if (memberIds.length > 0) {
    await db.orm
      .insert(db.t.teamMembers)
      .values(memberIds.map((userId) => ({ teamId: team!.id, userId })));
  }
  return team!;
}

/** The action catalogue the engine's checks name: `<domain>:read|write|delete`. */
export async function ensureActions(db: Database, domains: string[]) {
  const { permissionActions: a } = db.t;
  for (const domain of domains) {
    for (const verb of ACTION_VERBS) {
      const slug = `${domain}:${verb}`;
      await db.atomic((orm) => [
        ...db.upsert(
          orm,
          a,
          { slug, name: slug, category: domain },
          { target: [a.slug], set: { name: slug } },
        ),
      ]);
    }
  }
}

export async function grant(
  db: Database,
  subject: { type: "user" | "team" | "organization" | "static"; id: string },
  object: { type: "workspace" | "resource" | "organization" | "collection"; id: string },
  action: string,
  value: "allow" | "deny" | "unset",
) {
  await db.orm.insert(db.t.permissions).values({
    subjectType: subject.type,
    subjectId: subject.id,
    objectType: object.type,
    objectId: object.id,
    action,
    value,
  });
}

export async function engage(
  db: Database,
  userId: string,
  action: "follow" | "subscribe",
  object: { type: "resource" | "workspace" | "collection" | "user"; id: string },
) {
  const [row] = await db.insertReturning(db.t.engagements, [
    {
      subjectType: "user",
      subjectId: userId,
      action,
      objectType: object.type,
      objectId: object.id,
      singleton: true,
      // A subscriber here is one whose subscription is active.
      activatedAt: action === "subscribe" ? new Date() : null,
    },
  ]);
  return row!;
}

/** A caller as the engine sees it, without going through HTTP. */
export function callerFor(subject: Subject, scopes: readonly string[] = USER_SCOPES): Caller {
  return { kind: "api_key", subject, scopes: new Set(scopes) };
}

/** A real API key row; returns the key to send as a bearer token. */
export async function makeApiKey(
  db: Database,
  subject: Subject,
  scopes: readonly string[] = USER_SCOPES,
  extra: Partial<T["apiKeys"]["$inferInsert"]> = {},
) {
  const minted = await mintApiKey();
  const [row] = await db.insertReturning(db.t.apiKeys, [
    {
      name: "test key",
      prefix: minted.prefix,
      secretHash: minted.secretHash,
      subjectType: subject.type,
      subjectId: subject.id,
      scopes: [...scopes],
      ...extra,
    },
  ]);
  return { key: minted.key, row: row! };
}

export const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
