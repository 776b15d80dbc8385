/**
 * The permission endpoints: only an object's owner (or admin) writes rows on
 * it, the tuple is unique, and listing shows rows on owned objects plus rows
 * naming the caller.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database";
import { api, dialect, json, postJson, testDatabase } from "./support/api";
import {
  bearer,
  ensureActions,
  makeApiKey,
  makeResource,
  makeTeam,
  makeUser,
  makeWorkspace,
} from "./support/fixtures";

describe(`permission rows on ${dialect}`, () => {
  let db: Database;
  let owner: { id: string };
  let ownerKey: string;
  let strangerId: string;
  let strangerKey: string;
  let publicResource: { id: string };
  let privateResource: { id: string };

  beforeAll(async () => {
    db = testDatabase();
    await ensureActions(db, ["resources", "workspaces"]);
    owner = await makeUser(db);
    ownerKey = (await makeApiKey(db, { type: "user", id: owner.id })).key;
    strangerId = (await makeUser(db)).id;
    strangerKey = (await makeApiKey(db, { type: "user", id: strangerId })).key;
    const open = await makeWorkspace(db, { type: "user", id: owner.id }, "public");
    const closed = await makeWorkspace(db, { type: "user", id: owner.id }, "private");
    publicResource = await makeResource(db, { type: "workspace", id: open.id });
    privateResource = await makeResource(db, { type: "workspace", id: closed.id });
  });

  const row = (objectId: string, subjectId: string, value = "allow") => ({
    subject_type: "user",
    subject_id: subjectId,
    object_type: "resource",
    object_id: objectId,
    action: "resources:write",
    value,
  });

  it("refuses self-grants: 403 on a readable object, 404 on an unreadable one", async () => {
    const onPublic = await postJson("/v1/permissions", row(publicResource.id, strangerId), {
      headers: bearer(strangerKey),
    });
    expect(onPublic.status).toBe(403);
    const onPrivate = await postJson("/v1/permissions", row(privateResource.id, strangerId), {
      headers: bearer(strangerKey),
    });
    expect(onPrivate.status).toBe(404);
    const rows = await db.orm.select().from(db.t.permissions);
    expect(rows.filter((r) => r.subjectId === strangerId)).toEqual([]);
  });

  it("lets the owner write a row; the same tuple again updates its value", async () => {
    const first = await postJson("/v1/permissions", row(publicResource.id, strangerId), {
      headers: bearer(ownerKey),
    });
    expect(first.status).toBe(201);
    const created = (await json(first)).data;
    const second = await postJson("/v1/permissions", row(publicResource.id, strangerId, "deny"), {
      headers: bearer(ownerKey),
    });
    expect(second.status).toBe(200);
    const updated = (await json(second)).data;
    expect(updated).toMatchObject({ id: created.id, value: "deny" });
  });

  it("shows the row to its subject, who still may not change it", async () => {
    const listed = await json(await api("/v1/permissions", { headers: bearer(strangerKey) }));
    const mine = listed.data.find((r: { object_id: string }) => r.object_id === publicResource.id);
    expect(mine).toMatchObject({ subject_id: strangerId });
    const patch = await postJson(
      `/v1/permissions/${mine.id}`,
      { value: "allow" },
      {
        method: "PATCH",
        headers: bearer(strangerKey),
      },
    );
    expect(patch.status).toBe(403);
    const removal = await api(`/v1/permissions/${mine.id}`, {
      method: "DELETE",
      headers: bearer(strangerKey),
    });
    expect(removal.status).toBe(403);
    const other = await makeUser(db);
    const otherKey = (await makeApiKey(db, { type: "user", id: other.id })).key;
    expect((await api(`/v1/permissions/${mine.id}`, { headers: bearer(otherKey) })).status).toBe(
      404,
    );
    const ownerDelete = await api(`/v1/permissions/${mine.id}`, {
      method: "DELETE",
      headers: bearer(ownerKey),
    });
    expect(ownerDelete.status).toBe(204);
  });

  it("checks subjects and actions exist, and static subjects by name", async () => {
    const headers = bearer(ownerKey);
    const noUser = await postJson("/v1/permissions", row(publicResource.id, crypto.randomUUID()), {
      headers,
    });
    expect(noUser.status).toBe(422);
    const noAction = await postJson(
      "/v1/permissions",
      { ...row(publicResource.id, strangerId), action: "nothing:here" },
      { headers },
    );
    expect(noAction.status).toBe(422);
    const badStatic = await postJson(
      "/v1/permissions",
      { ...row(publicResource.id, "everyone"), subject_type: "static" },
      { headers },
    );
    expect(badStatic.status).toBe(422);
    const team = await makeTeam(db, owner.id, [strangerId]);
    const teamRow = await postJson(
      "/v1/permissions",
      { ...row(publicResource.id, team.id), subject_type: "team" },
      { headers },
    );
    expect(teamRow.status).toBe(201);
    const follower = await postJson(
      "/v1/permissions",
      { ...row(publicResource.id, "follower"), subject_type: "static", action: "resources:read" },
      { headers },
    );
    expect(follower.status).toBe(201);
  });

  it("keeps the action catalogue admin-only to change, readable by all", async () => {
    const admin = (await makeApiKey(db, { type: "user", id: owner.id }, ["admin"])).key;
    const body = {
      slug: `custom:x${crypto.randomUUID().slice(0, 8)}`,
      name: "Custom",
      category: "custom",
    };
    expect(
      (await postJson("/v1/permission-actions", body, { headers: bearer(ownerKey) })).status,
    ).toBe(403);
    const created = await postJson("/v1/permission-actions", body, { headers: bearer(admin) });
    expect(created.status).toBe(201);
    const { id } = (await json(created)).data;
    expect((await api(`/v1/permission-actions/${id}`)).status).toBe(200);
    expect(
      (await postJson("/v1/permission-actions", body, { headers: bearer(admin) })).status,
    ).toBe(409);
    expect(
      (await api(`/v1/permission-actions/${id}`, { method: "DELETE", headers: bearer(admin) }))
        .status,
    ).toBe(204);
    expect((await api(`/v1/permission-actions/${id}`)).status).toBe(404);
  });
});
