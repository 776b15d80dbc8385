/**
 * Deleting a user (themself, or an admin) or an organization (whoever controls
 * it, or an admin): everything they own and every row naming it goes, in one
 * atomic write; nothing of anyone else does, and a failure leaves everything.
 */
import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { deleteStatements } from "../../src/db/cascade";
import { uuidv7 } from "../../src/db/ids";
import { api, json, postJson, queriesOf, testDatabase } from "./support/api";
import {
  bearer,
  ensureActions,
  grant,
  makeApiKey,
  makeOrganization,
  makeResource,
  makeTeam,
  makeUser,
  makeWorkspace,
} from "./support/fixtures";
import { mentions } from "./support/rows";

const db = testDatabase();
const { t } = db;

const remove = (path: string, headers: Record<string, string> = {}) =>
  api(path, { method: "DELETE", headers });

async function keyOf(
  subject: { type: "user" | "organization" | "workspace"; id: string },
  scopes?: string[],
) {
  const { key, row } = await makeApiKey(db, subject, scopes);
  const headers = bearer(key);
  // Warm the key cache: the deletion must stop the key anyway.
  expect((await api("/v1/me", { headers })).status).toBe(200);
  return { headers, id: row.id };
}

/**
 * Uma, with a workspace (created through the API, so with its static
 * collections), a post in it, a resource and a collection of her own, a team,
 * keys, an identity; and Vic, whose things name hers everywhere they can.
 */
async function umaAndVic() {
  const organization = await makeOrganization(db);
  const uma = await makeUser(db, organization.id);
  const umaKey = await keyOf({ type: "user", id: uma.id });
  const created = await postJson(
    "/v1/workspaces",
    { name: "Uma's Atelier 🎨", slug: `atelier-${uuidv7().slice(-8)}` },
    { headers: umaKey.headers },
  );
  const workspace = (await json(created)).data.id as string;
  const posted = await postJson(
    "/v1/resources",
    {
      owner: { type: "workspace", id: workspace },
      type: "post",
      title: "Études — 練習曲",
      post: { body: "Première ébauche" },
      authors: [{ type: "user", id: uma.id }],
    },
    { headers: umaKey.headers },
  );
  const post = (await json(posted)).data.id as string;
  const own = await makeResource(db, { type: "user", id: uma.id });
  const collection = (
    await json(await postJson("/v1/collections", { name: "Carnet" }, { headers: umaKey.headers }))
  ).data.id as string;
  const workspaceKey = await keyOf({ type: "workspace", id: workspace });
  const [identity] = await db.insertReturning(t.userIdentities, [
    { userId: uma.id, issuer: "https://id.example.com", subject: `uma-${uuidv7()}` },
  ]);

  const vic = await makeUser(db, organization.id);
  const vicKey = await keyOf({ type: "user", id: vic.id });
  const vicSpace = await makeWorkspace(db, { type: "user", id: vic.id });
  const vicPost = await makeResource(db, { type: "workspace", id: vicSpace.id });
  const umaTeam = await makeTeam(db, uma.id, [vic.id]);
  const vicTeam = await makeTeam(db, vic.id, [uma.id]);
  await grant(
    db,
    { type: "team", id: umaTeam.id },
    { type: "workspace", id: vicSpace.id },
    "workspaces:read",
    "allow",
  );
  await grant(
    db,
    { type: "user", id: uma.id },
    { type: "workspace", id: vicSpace.id },
    "workspaces:write",
    "allow",
  );
  await grant(
    db,
    { type: "user", id: vic.id },
    { type: "workspace", id: workspace },
    "workspaces:write",
    "allow",
  );
  const engage = (headers: Record<string, string>, body: unknown) =>
    postJson("/v1/engagements", body, { headers }).then(async (r) => {
      expect(r.status).toBe(201);
      return (await json(r)).data.id as string;
    });
  await engage(umaKey.headers, { action: "like", object: { type: "resource", id: vicPost.id } });
  await engage(vicKey.headers, { action: "follow", object: { type: "workspace", id: workspace } });
  await engage(vicKey.headers, { action: "follow", object: { type: "user", id: uma.id } });
  await engage(vicKey.headers, {
    action: "comment",
    object: { type: "resource", id: post },
    text: "Très beau ✨",
  });
  await engage(vicKey.headers, {
    action: "mention",
    object: { type: "resource", id: vicPost.id },
    mentions: [
      { type: "user", id: uma.id },
      { type: "workspace", id: workspace },
    ],
  });
  const vicLike = await engage(vicKey.headers, {
    action: "like",
    object: { type: "resource", id: vicPost.id },
  });
  const vicCollection = (
    await json(
      await postJson("/v1/collections", { name: "Inspirations" }, { headers: vicKey.headers }),
    )
  ).data.id as string;
  for (const item of [
    { item_type: "resource", item_id: post },
    { item_type: "workspace", item_id: workspace },
    { item_type: "user", item_id: uma.id },
    { item_type: "resource", item_id: vicPost.id },
  ]) {
    const added = await postJson(`/v1/collections/${vicCollection}/items`, item, {
      headers: vicKey.headers,
    });
    expect(added.status).toBe(201);
  }
  const credited = await postJson(
    `/v1/resources/${vicPost.id}/authors`,
    { type: "user", id: uma.id },
    {
      headers: vicKey.headers,
    },
  );
  expect(credited.status).toBe(201);

  const [umaStatics] = [
    await db.orm
      .select({ id: t.collections.id })
      .from(t.collections)
      .where(inArray(t.collections.ownerId, [uma.id, workspace])),
  ];
  const umaIds = [
    uma.id,
    workspace,
    post,
    own.id,
    collection,
    umaTeam.id,
    umaKey.id,
    workspaceKey.id,
    identity!.id,
    ...umaStatics.map((row) => row.id),
  ];
  return {
    organization,
    uma,
    umaKey,
    workspaceKey,
    umaIds,
    vic,
    vicKey,
    vicSpace,
    vicPost,
    vicTeam,
    vicLike,
    vicCollection,
  };
}

beforeAll(async () => {
  await ensureActions(db, ["resources", "workspaces", "collections", "identities"]);
});

describe("deleting a user", () => {
  it("removes everything of theirs and every row naming it, and nothing of anyone else", async () => {
    const s = await umaAndVic();
    expect(Object.keys(await mentions(db, s.umaIds)).length).toBeGreaterThan(10);
    const response = await remove(`/v1/users/${s.uma.id}`, s.umaKey.headers);
    expect(response.status).toBe(204);
    // The deletion is one atomic write: one round trip.
    expect(queriesOf(response)).toBe(1);
    expect(await mentions(db, s.umaIds)).toEqual({});

    // Her keys stopped at once; she is gone.
    expect((await api("/v1/me", { headers: s.umaKey.headers })).status).toBe(401);
    expect((await api("/v1/me", { headers: s.workspaceKey.headers })).status).toBe(401);
    expect((await api(`/v1/users/${s.uma.id}`)).status).toBe(404);

    // Vic and his things stay: his workspace, post, like, team (without her), and the
    // collection item that named his own post; the organization too.
    expect((await api(`/v1/users/${s.vic.id}`)).status).toBe(200);
    expect((await api(`/v1/workspaces/${s.vicSpace.id}`)).status).toBe(200);
    expect((await api(`/v1/engagements/${s.vicLike}`, { headers: s.vicKey.headers })).status).toBe(
      200,
    );
    const items = await json(
      await api(`/v1/collections/${s.vicCollection}/items`, { headers: s.vicKey.headers }),
    );
    expect(items.data.map((item: { item_id: string }) => item.item_id)).toEqual([s.vicPost.id]);
    const [team] = await db.orm.select().from(t.teams).where(eq(t.teams.id, s.vicTeam.id));
    expect(team?.ownerUserId).toBe(s.vic.id);
    const members = await db.orm
      .select()
      .from(t.teamMembers)
      .where(eq(t.teamMembers.teamId, s.vicTeam.id));
    expect(members).toEqual([]);
    const counts = await json(await api(`/v1/resources/${s.vicPost.id}?include=counts,authors`));
    expect(counts.data.counts).toMatchObject({ like: 1, mention: 1 });
    expect(counts.data.authors).toEqual([]);
    const [organization] = await db.orm
      .select()
      .from(t.organizations)
      .where(eq(t.organizations.id, s.organization.id));
    expect(organization?.id).toBe(s.organization.id);
  });

  it("is the user's own or an admin's to do: others 403, absent 404, guests 401", async () => {
    const s = await umaAndVic();
    expect((await remove(`/v1/users/${s.uma.id}`)).status).toBe(401);
    expect((await remove(`/v1/users/${s.uma.id}`, s.vicKey.headers)).status).toBe(403);
    // A workspace's key acts for the workspace, not for its owner.
    expect((await remove(`/v1/users/${s.uma.id}`, s.workspaceKey.headers)).status).toBe(403);
    const readOnly = await keyOf({ type: "user", id: s.uma.id }, ["identities:read"]);
    expect((await remove(`/v1/users/${s.uma.id}`, readOnly.headers)).status).toBe(403);
    expect((await remove(`/v1/users/${uuidv7()}`, s.vicKey.headers)).status).toBe(404);
    const admin = await keyOf({ type: "user", id: s.vic.id }, ["admin"]);
    expect((await remove(`/v1/users/${uuidv7()}`, admin.headers)).status).toBe(404);
    expect(Object.keys(await mentions(db, [s.uma.id])).length).toBeGreaterThan(0);
    expect((await remove(`/v1/users/${s.uma.id}`, admin.headers)).status).toBe(204);
    expect(await mentions(db, s.umaIds)).toEqual({});
  });

  it("leaves everything in place when any statement of the write fails", async () => {
    const s = await umaAndVic();
    const before = await mentions(db, s.umaIds);
    await expect(
      db.atomic((orm) => [
        ...deleteStatements(db, orm, "user", [s.uma.id]),
        // Fails after every delete ran: none of them may stay done.
        orm.insert(t.organizations).values({ id: uuidv7(), name: "x", slug: null as never }),
      ]),
    ).rejects.toThrow();
    expect(await mentions(db, s.umaIds)).toEqual(before);
  });
});

describe("deleting an organization", () => {
  it("removes what it owns and names it; its members and teams stay, without it", async () => {
    const organization = await makeOrganization(db);
    const member = await makeUser(db, organization.id);
    const memberKey = await keyOf({ type: "user", id: member.id });
    const workspace = await makeWorkspace(db, { type: "organization", id: organization.id });
    const inWorkspace = await makeResource(db, { type: "workspace", id: workspace.id });
    const direct = await makeResource(db, { type: "organization", id: organization.id });
    const orgKey = await keyOf({ type: "organization", id: organization.id });
    const [team] = await db.insertReturning(t.teams, [
      { name: "Équipe", ownerUserId: member.id, organizationId: organization.id },
    ]);
    const outsider = await makeUser(db);
    const outsiderKey = await keyOf({ type: "user", id: outsider.id });
    const outsiderSpace = await makeWorkspace(db, { type: "user", id: outsider.id });
    await grant(
      db,
      { type: "organization", id: organization.id },
      { type: "workspace", id: outsiderSpace.id },
      "workspaces:read",
      "allow",
    );
    await grant(
      db,
      { type: "user", id: outsider.id },
      { type: "organization", id: organization.id },
      "identities:read",
      "allow",
    );
    const ids = [organization.id, workspace.id, inWorkspace.id, direct.id, orgKey.id];

    expect((await remove(`/v1/organizations/${organization.id}`, outsiderKey.headers)).status).toBe(
      403,
    );
    expect((await remove(`/v1/organizations/${uuidv7()}`, memberKey.headers)).status).toBe(404);
    const response = await remove(`/v1/organizations/${organization.id}`, memberKey.headers);
    expect(response.status).toBe(204);
    expect(queriesOf(response)).toBe(2);
    expect(await mentions(db, ids)).toEqual({});
    expect((await api("/v1/me", { headers: orgKey.headers })).status).toBe(401);

    const [stillMember] = await db.orm.select().from(t.users).where(eq(t.users.id, member.id));
    expect(stillMember?.organizationId).toBeNull();
    const [stillTeam] = await db.orm.select().from(t.teams).where(eq(t.teams.id, team!.id));
    expect(stillTeam?.organizationId).toBeNull();
    expect((await api(`/v1/workspaces/${outsiderSpace.id}`)).status).toBe(200);
  });

  it("an admin may delete any organization", async () => {
    const organization = await makeOrganization(db);
    const admin = await keyOf({ type: "user", id: (await makeUser(db)).id }, ["admin"]);
    expect((await remove(`/v1/organizations/${organization.id}`, admin.headers)).status).toBe(204);
    expect(await mentions(db, [organization.id])).toEqual({});
  });
});
