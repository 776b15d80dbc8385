/**
 * A resource's copy of its workspace's visibility (src/db/copies.ts, docs/architecture.md §6):
 * the engine decides a resource whose copy says `public` without reading the workspace's row,
 * and must decide exactly as it does from the row; the writes that create a resource or change
 * a workspace's visibility keep the copy true, in their own atomic write.
 */
import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { authorize, resolveReadPredicate, type Verb } from "../../src/access/engine";
import { type Caller, GUEST } from "../../src/auth/caller";
import { fillCopies } from "../../src/db/copies";
import type { Database } from "../../src/db/database";
import { ApiError } from "../../src/errors";
import { api, dialect, json, postJson, testDatabase } from "./support/api";
import {
  bearer,
  callerFor,
  engage,
  ensureActions,
  grant,
  makeApiKey,
  makeOrganization,
  makeResource,
  makeTeam,
  makeUser,
  makeWorkspace,
} from "./support/fixtures";

type Outcome = "allow" | number;

async function outcome(db: Database, caller: Caller, id: string, verb: Verb): Promise<Outcome> {
  try {
    await authorize(db, caller, "resource", id, verb);
    return "allow";
  } catch (error) {
    if (error instanceof ApiError) return error.status;
    throw error;
  }
}

describe(`a resource's copy of its workspace's visibility on ${dialect}`, () => {
  let db: Database;
  beforeAll(async () => {
    db = testDatabase();
    await ensureActions(db, ["resources", "workspaces"]);
  });

  const copyOf = async (id: string) => {
    const r = db.t.resources;
    const [row] = await db.orm.select({ copy: r.workspaceVisibility }).from(r).where(eq(r.id, id));
    return row?.copy;
  };

  it("decides every caller, verb and resource as the workspace's row does", async () => {
    const org = await makeOrganization(db);
    const owner = await makeUser(db);
    const colleague = await makeUser(db, org.id);
    const teammate = await makeUser(db);
    const denied = await makeUser(db);
    const follower = await makeUser(db);
    const stranger = await makeUser(db);
    const team = await makeTeam(db, owner.id, [teammate.id]);
    const byUser = await makeWorkspace(db, { type: "user", id: owner.id }, "public");
    const byOrganization = await makeWorkspace(db, { type: "organization", id: org.id }, "public");
    const closed = await makeWorkspace(db, { type: "user", id: owner.id }, "private");
    const resources = [];
    for (const ws of [byUser, byOrganization, closed]) {
      for (const status of ["LISTED", "UNLISTED"] as const) {
        resources.push(await makeResource(db, { type: "workspace", id: ws.id }, status));
      }
    }
    // Rows at each link of the chain: on a resource, on a workspace, on its organization.
    const [openListed, openUnlisted, orgListed, orgUnlisted] = resources;
    await grant(
      db,
      { type: "team", id: team.id },
      { type: "resource", id: openUnlisted!.id },
      "resources:read",
      "allow",
    );
    await grant(
      db,
      { type: "user", id: denied.id },
      { type: "resource", id: openListed!.id },
      "resources:read",
      "deny",
    );
    await grant(
      db,
      { type: "user", id: denied.id },
      { type: "workspace", id: byOrganization.id },
      "workspaces:read",
      "deny",
    );
    await grant(
      db,
      { type: "team", id: team.id },
      { type: "workspace", id: byUser.id },
      "resources:write",
      "allow",
    );
    await grant(
      db,
      { type: "static", id: "user" },
      { type: "organization", id: org.id },
      "resources:read",
      "allow",
    );
    await grant(
      db,
      { type: "static", id: "follower" },
      { type: "workspace", id: byUser.id },
      "resources:delete",
      "allow",
    );
    await engage(db, follower.id, "follow", { type: "workspace", id: byUser.id });
    for (const resource of resources) {
      expect(await copyOf(resource.id)).toBe(resource.ownerId === closed.id ? "private" : "public");
    }
    expect(orgUnlisted).toBeDefined();

    const callers: Caller[] = [
      GUEST,
      ...[owner, colleague, teammate, denied, follower, stranger].map((user) =>
        callerFor({ type: "user", id: user.id }),
      ),
      callerFor({ type: "organization", id: org.id }),
      callerFor({ type: "workspace", id: byUser.id }),
    ];
    const ids = resources.map((resource) => resource.id);
    const r = db.t.resources;
    const decide = async () => {
      const decided: unknown[] = [];
      for (const caller of callers) {
        for (const id of ids) {
          for (const verb of ["read", "write", "delete"] as const) {
            decided.push(await outcome(db, caller, id, verb));
          }
        }
        const listed = await db.orm
          .select({ id: r.id })
          .from(r)
          .where(and(inArray(r.id, ids), resolveReadPredicate(db, caller, "resource")))
          .orderBy(r.id);
        decided.push(listed.map((row) => row.id));
      }
      return decided;
    };
    const fromCopies = await decide();
    // The same rows with no copy: the engine reads each workspace's row instead.
    await db.orm.update(r).set({ workspaceVisibility: null }).where(inArray(r.id, ids));
    const fromRows = await decide();
    expect(fromCopies).toEqual(fromRows);
    // The cases decide differently, so the comparison can fail.
    expect(new Set(fromRows.filter((d) => typeof d !== "object")).size).toBeGreaterThan(2);
    expect(await outcome(db, GUEST, orgListed!.id, "read")).toBe("allow");

    // The backfill after migration resources_workspace_visibility writes them again, as the writes make them.
    expect(await fillCopies(db)).toBeGreaterThanOrEqual(ids.length);
    for (const resource of resources) {
      expect(await copyOf(resource.id)).toBe(resource.ownerId === closed.id ? "private" : "public");
    }
    expect(await decide()).toEqual(fromCopies);
  });

  it("changing a workspace's visibility changes its resources' copies in the same write", async () => {
    const owner = await makeUser(db);
    const { key } = await makeApiKey(db, { type: "user", id: owner.id }, [
      "workspaces:read",
      "workspaces:write",
      "resources:read",
      "resources:write",
    ]);
    const created = await postJson(
      "/v1/workspaces",
      { name: "Atelier Ōkami 🐺", slug: `atelier-${crypto.randomUUID().slice(0, 8)}` },
      { headers: bearer(key) },
    );
    expect(created.status).toBe(201);
    const workspaceId = (await json(created)).data.id as string;
    const made = await postJson(
      "/v1/resources",
      {
        type: "post",
        title: "Café crème, 第一章",
        status: "LISTED",
        owner: { type: "workspace", id: workspaceId },
      },
      { headers: bearer(key) },
    );
    expect(made.status).toBe(201);
    const resourceId = (await json(made)).data.id as string;
    expect(await copyOf(resourceId)).toBe("public");
    const guestList = async () =>
      (
        (await json(await api(`/v1/resources?owner_id=${workspaceId}`))).data as { id: string }[]
      ).map((row) => row.id);
    expect((await api(`/v1/resources/${resourceId}`)).status).toBe(200);
    expect(await guestList()).toEqual([resourceId]);

    const patch = (visibility: string) =>
      postJson(
        `/v1/workspaces/${workspaceId}`,
        { visibility },
        { method: "PATCH", headers: bearer(key) },
      );
    expect((await patch("private")).status).toBe(200);
    expect(await copyOf(resourceId)).toBe("private");
    expect((await api(`/v1/resources/${resourceId}`)).status).toBe(404);
    expect(await guestList()).toEqual([]);
    // Its owner still reads it.
    expect((await api(`/v1/resources/${resourceId}`, { headers: bearer(key) })).status).toBe(200);

    // A resource created in the private workspace copies `private`.
    const hidden = await postJson(
      "/v1/resources",
      {
        type: "song",
        title: "Nocturne",
        status: "LISTED",
        owner: { type: "workspace", id: workspaceId },
      },
      { headers: bearer(key) },
    );
    const hiddenId = (await json(hidden)).data.id as string;
    expect(await copyOf(hiddenId)).toBe("private");

    expect((await patch("public")).status).toBe(200);
    expect(await copyOf(resourceId)).toBe("public");
    expect(await copyOf(hiddenId)).toBe("public");
    expect((await api(`/v1/resources/${hiddenId}`)).status).toBe(200);
    expect((await guestList()).sort()).toEqual([resourceId, hiddenId].sort());
  });

  it("leaves the copy out of the resource's events", async () => {
    const owner = await makeUser(db);
    const ws = await makeWorkspace(db, { type: "user", id: owner.id });
    const resource = await makeResource(db, { type: "workspace", id: ws.id });
    const e = db.t.events;
    const images = await db.orm
      .select({ data: e.data })
      .from(e)
      .where(and(eq(e.objectType, "resource"), eq(e.objectId, resource.id)));
    expect(images).toHaveLength(1);
    const image =
      typeof images[0]!.data === "string" ? JSON.parse(images[0]!.data) : images[0]!.data;
    expect(image).toMatchObject({ id: resource.id, owner_id: ws.id });
    expect(Object.keys(image)).not.toContain("workspace_visibility");
  });
});
