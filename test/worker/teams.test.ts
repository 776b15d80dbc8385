/**
 * Teams and their members: who may see and change them, the owner's own
 * membership, atomic deletion without orphans, and membership taking effect in
 * the permission engine at once.
 */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database";
import { api, dialect, json, postJson, queriesOf, testDatabase } from "./support/api";
import {
  bearer,
  ensureActions,
  grant,
  makeApiKey,
  makeOrganization,
  makeResource,
  makeUser,
} from "./support/fixtures";

const patchJson = (path: string, body: unknown, key: string) =>
  postJson(path, body, { method: "PATCH", headers: bearer(key) });
const del = (path: string, key: string) => api(path, { method: "DELETE", headers: bearer(key) });
const get = (path: string, key?: string) => api(path, { headers: key ? bearer(key) : {} });

describe(`teams on ${dialect}`, () => {
  let db: Database;
  let organization: { id: string };
  let owner: { id: string };
  let ownerKey: string;
  let member: { id: string };
  let memberKey: string;
  let stranger: { id: string };
  let strangerKey: string;
  let adminKey: string;

  beforeAll(async () => {
    db = testDatabase();
    await ensureActions(db, ["resources"]);
    organization = await makeOrganization(db);
    owner = await makeUser(db, organization.id);
    member = await makeUser(db);
    stranger = await makeUser(db);
    ownerKey = (await makeApiKey(db, { type: "user", id: owner.id })).key;
    memberKey = (await makeApiKey(db, { type: "user", id: member.id })).key;
    strangerKey = (await makeApiKey(db, { type: "user", id: stranger.id })).key;
    adminKey = (await makeApiKey(db, { type: "user", id: stranger.id }, ["admin"])).key;
  });

  async function createTeam(body: Record<string, unknown> = {}) {
    const response = await postJson(
      "/v1/teams",
      { name: `Team ${crypto.randomUUID()}`, ...body },
      { headers: bearer(ownerKey) },
    );
    expect(response.status).toBe(201);
    return (await json(response)).data as { id: string; name: string };
  }

  async function addMember(teamId: string, userId: string, role = "member", key = ownerKey) {
    return postJson(
      `/v1/teams/${teamId}/members`,
      { user_id: userId, role },
      { headers: bearer(key) },
    );
  }

  it("creates a team owned by the caller, with the owner as its first member, in at most two round trips", async () => {
    await get("/v1/teams", ownerKey); // warms the key cache
    const response = await postJson(
      "/v1/teams",
      { name: "Writers", organization_id: organization.id },
      { headers: bearer(ownerKey) },
    );
    expect(response.status).toBe(201);
    expect(queriesOf(response)).toBeLessThanOrEqual(2);
    const team = (await json(response)).data;
    expect(team).toMatchObject({
      name: "Writers",
      owner_user_id: owner.id,
      organization_id: organization.id,
    });
    const members = await db.orm
      .select()
      .from(db.t.teamMembers)
      .where(eq(db.t.teamMembers.teamId, team.id));
    expect(members.map((m) => [m.userId, m.role])).toEqual([[owner.id, "owner"]]);
  });

  it("refuses an owner in the body, an organization the caller is not in, and a missing one", async () => {
    const withOwner = await postJson(
      "/v1/teams",
      { name: "X", owner_user_id: stranger.id },
      { headers: bearer(ownerKey) },
    );
    expect(withOwner.status).toBe(422);
    const notMine = await postJson(
      "/v1/teams",
      { name: "X", organization_id: organization.id },
      { headers: bearer(strangerKey) },
    );
    expect(notMine.status).toBe(403);
    const missing = await postJson(
      "/v1/teams",
      { name: "X", organization_id: crypto.randomUUID() },
      { headers: bearer(ownerKey) },
    );
    expect(missing.status).toBe(422);
    const guest = await postJson("/v1/teams", { name: "X" });
    expect(guest.status).toBe(401);
    const noScope = (await makeApiKey(db, { type: "user", id: owner.id }, ["teams:read"])).key;
    const scoped = await postJson("/v1/teams", { name: "X" }, { headers: bearer(noScope) });
    expect(scoped.status).toBe(403);
    expect((await json(scoped)).error.code).toBe("insufficient_scope");
  });

  it("shows a team to its owner, members and admins only, in one round trip", async () => {
    const team = await createTeam();
    expect((await addMember(team.id, member.id)).status).toBe(201);
    await get("/v1/teams", memberKey); // warms the key cache
    const asMember = await get(`/v1/teams/${team.id}`, memberKey);
    expect(asMember.status).toBe(200);
    expect(queriesOf(asMember)).toBe(1);
    expect((await get(`/v1/teams/${team.id}`, adminKey)).status).toBe(200);
    expect((await get(`/v1/teams/${team.id}`, strangerKey)).status).toBe(404);
    expect((await get(`/v1/teams/${crypto.randomUUID()}`, ownerKey)).status).toBe(404);
    expect((await get(`/v1/teams/${team.id}`)).status).toBe(404);
  });

  it("lists the caller's teams with filters and keyset pages, in one round trip", async () => {
    const mine = await createTeam({ organization_id: organization.id });
    const other = await createTeam();
    await addMember(other.id, member.id);
    await get("/v1/teams", ownerKey);
    const filtered = await get(`/v1/teams?organization_id=${organization.id}&limit=100`, ownerKey);
    expect(filtered.status).toBe(200);
    expect(queriesOf(filtered)).toBe(1);
    const ids = (await json(filtered)).data.map((t: { id: string }) => t.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(other.id);

    const byName = await json(
      await get(`/v1/teams?q=${encodeURIComponent(other.name)}`, memberKey),
    );
    expect(byName.data.map((t: { id: string }) => t.id)).toEqual([other.id]);
    const strangers = await json(await get("/v1/teams?limit=100", strangerKey));
    expect(strangers.data.map((t: { id: string }) => t.id)).not.toContain(mine.id);

    const first = await json(await get("/v1/teams?limit=1&sort=-created_at&count=true", ownerKey));
    expect(first.meta.has_more).toBe(true);
    expect(first.meta.total).toBeGreaterThanOrEqual(2);
    const second = await json(
      await get(`/v1/teams?limit=1&sort=-created_at&cursor=${first.meta.next_cursor}`, ownerKey),
    );
    expect(second.data[0].id).not.toBe(first.data[0].id);
    expect((await get("/v1/teams?sort=owner", ownerKey)).status).toBe(400);
  });

  it("lets the owner or an admin update a team; members get 403", async () => {
    const team = await createTeam();
    await addMember(team.id, member.id, "admin");
    const byMember = await patchJson(`/v1/teams/${team.id}`, { name: "Nope" }, memberKey);
    expect(byMember.status).toBe(403);
    const byOwner = await patchJson(
      `/v1/teams/${team.id}`,
      { name: "Renamed", organization_id: organization.id },
      ownerKey,
    );
    expect(byOwner.status).toBe(200);
    expect(queriesOf(byOwner)).toBeLessThanOrEqual(2);
    expect((await json(byOwner)).data).toMatchObject({
      name: "Renamed",
      organization_id: organization.id,
    });
    const foreignOrg = await makeOrganization(db);
    const moved = await patchJson(
      `/v1/teams/${team.id}`,
      { organization_id: foreignOrg.id },
      ownerKey,
    );
    expect(moved.status).toBe(403);
    const byAdmin = await patchJson(`/v1/teams/${team.id}`, { organization_id: null }, adminKey);
    expect((await json(byAdmin)).data.organization_id).toBeNull();
    expect((await patchJson(`/v1/teams/${team.id}`, { name: "" }, ownerKey)).status).toBe(422);
    expect((await patchJson(`/v1/teams/${team.id}`, { name: "x" }, strangerKey)).status).toBe(404);
  });

  it("manages members: add, duplicate 409, missing user 422, roles, removal rules", async () => {
    const team = await createTeam();
    const path = `/v1/teams/${team.id}/members`;
    const added = await addMember(team.id, member.id, "admin");
    expect(added.status).toBe(201);
    expect(queriesOf(added)).toBeLessThanOrEqual(2);
    expect((await json(added)).data).toMatchObject({ user_id: member.id, role: "admin" });
    expect((await addMember(team.id, member.id)).status).toBe(409);
    expect((await addMember(team.id, crypto.randomUUID())).status).toBe(422);
    expect((await addMember(team.id, stranger.id, "owner")).status).toBe(422);
    expect((await addMember(team.id, stranger.id, "member", strangerKey)).status).toBe(404);

    // A team admin manages members; a plain member does not.
    const third = await makeUser(db);
    const thirdKey = (await makeApiKey(db, { type: "user", id: third.id })).key;
    expect((await addMember(team.id, third.id, "member", memberKey)).status).toBe(201);
    expect((await addMember(team.id, stranger.id, "member", thirdKey)).status).toBe(403);
    expect((await patchJson(`${path}/${member.id}`, { role: "member" }, thirdKey)).status).toBe(
      403,
    );

    await get("/v1/teams", thirdKey);
    const listed = await get(`${path}?count=true`, thirdKey);
    expect(listed.status).toBe(200);
    // The team check, the page and the total: one round trip.
    expect(queriesOf(listed)).toBe(1);
    const page = await json(listed);
    expect(page.meta.total).toBe(3);
    expect(page.data.map((m: { user_id: string }) => m.user_id).sort()).toEqual(
      [owner.id, member.id, third.id].sort(),
    );
    const owners = await json(await get(`${path}?role=owner`, thirdKey));
    expect(owners.data.map((m: { user_id: string }) => m.user_id)).toEqual([owner.id]);
    expect((await get(path, strangerKey)).status).toBe(404);
    expect((await get(`${path}?role=boss`, ownerKey)).status).toBe(400);

    const demoted = await patchJson(`${path}/${member.id}`, { role: "member" }, ownerKey);
    expect((await json(demoted)).data.role).toBe("member");
    expect((await patchJson(`${path}/${owner.id}`, { role: "member" }, ownerKey)).status).toBe(409);
    expect((await patchJson(`${path}/${stranger.id}`, { role: "member" }, ownerKey)).status).toBe(
      404,
    );

    // Members may leave, may not remove others; the owner stays.
    expect((await del(`${path}/${member.id}`, thirdKey)).status).toBe(403);
    expect((await del(`${path}/${third.id}`, thirdKey)).status).toBe(204);
    expect((await del(`${path}/${owner.id}`, ownerKey)).status).toBe(409);
    expect((await del(`${path}/${member.id}`, ownerKey)).status).toBe(204);
    expect((await del(`${path}/${member.id}`, ownerKey)).status).toBe(404);
    const left = await json(await get(path, ownerKey));
    expect(left.data.map((m: { user_id: string }) => m.user_id)).toEqual([owner.id]);
  });

  it("membership changes what members may do through the engine at once", async () => {
    const resource = await makeResource(db, { type: "user", id: owner.id }, "UNLISTED");
    const team = await createTeam();
    await grant(
      db,
      { type: "team", id: team.id },
      { type: "resource", id: resource.id },
      "resources:read",
      "allow",
    );
    expect((await get(`/v1/resources/${resource.id}`, memberKey)).status).toBe(404);
    expect((await addMember(team.id, member.id)).status).toBe(201);
    expect((await get(`/v1/resources/${resource.id}`, memberKey)).status).toBe(200);
    expect((await del(`/v1/teams/${team.id}/members/${member.id}`, ownerKey)).status).toBe(204);
    expect((await get(`/v1/resources/${resource.id}`, memberKey)).status).toBe(404);
  });

  it("deletes a team with its memberships and permission rows (owner or admin)", async () => {
    const resource = await makeResource(db, { type: "user", id: owner.id });
    const team = await createTeam();
    await addMember(team.id, member.id, "admin");
    await grant(
      db,
      { type: "team", id: team.id },
      { type: "resource", id: resource.id },
      "resources:write",
      "allow",
    );
    expect((await del(`/v1/teams/${team.id}`, memberKey)).status).toBe(403);
    expect((await del(`/v1/teams/${team.id}`, strangerKey)).status).toBe(404);
    const deleted = await del(`/v1/teams/${team.id}`, ownerKey);
    expect(deleted.status).toBe(204);
    expect(queriesOf(deleted)).toBeLessThanOrEqual(2);
    const { teams, teamMembers, permissions } = db.t;
    expect(await db.orm.select().from(teams).where(eq(teams.id, team.id))).toEqual([]);
    expect(await db.orm.select().from(teamMembers).where(eq(teamMembers.teamId, team.id))).toEqual(
      [],
    );
    expect(
      await db.orm
        .select()
        .from(permissions)
        .where(and(eq(permissions.subjectType, "team"), eq(permissions.subjectId, team.id))),
    ).toEqual([]);
    expect((await get(`/v1/teams/${team.id}`, ownerKey)).status).toBe(404);

    const another = await createTeam();
    expect((await del(`/v1/teams/${another.id}`, adminKey)).status).toBe(204);
  });

  it("answers 4xx, never 500, to malformed input", async () => {
    const team = await createTeam();
    const attempts = [
      await get("/v1/teams/not-a-uuid", ownerKey),
      await get(`/v1/teams/${team.id}?x=1`, ownerKey),
      await get(`/v1/teams/${team.id}/members?cursor=garbage`, ownerKey),
      await postJson("/v1/teams", [], { headers: bearer(ownerKey) }),
      await postJson("/v1/teams", { name: 5 }, { headers: bearer(ownerKey) }),
      await postJson("/v1/teams", { name: "x".repeat(201) }, { headers: bearer(ownerKey) }),
      await api("/v1/teams", {
        method: "POST",
        headers: { ...bearer(ownerKey), "content-type": "application/json" },
        body: "{",
      }),
      await postJson(
        `/v1/teams/${team.id}/members`,
        { user_id: "x" },
        { headers: bearer(ownerKey) },
      ),
      await patchJson(`/v1/teams/${team.id}/members/nope`, { role: "admin" }, ownerKey),
      await patchJson(`/v1/teams/${team.id}`, { extra: true }, ownerKey),
      await del(`/v1/teams/${team.id}/members/nope`, ownerKey),
    ];
    for (const response of attempts) {
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
    }
  });
});
