/**
 * Subscriptions: subscribing does not make the caller a `subscriber`. In a
 * `managed` workspace (the default) the subscription is pending until the
 * workspace's owner or an admin activates it; in an `open` one it is active
 * from creation. Deactivating closes subscriber-only content again. Follows
 * are unchanged: a follower is a follower at once.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { api, json, postJson, queriesOf, testDatabase } from "./support/api";
import {
  bearer,
  ensureActions,
  grant,
  makeApiKey,
  makeResource,
  makeTeam,
  makeUser,
} from "./support/fixtures";

const db = testDatabase();

async function person(scopes?: string[]) {
  const user = await makeUser(db);
  const { key } = await makeApiKey(db, { type: "user", id: user.id }, scopes);
  // Warm the key cache so round-trip counts measure the endpoint alone.
  await api("/v1/me", { headers: bearer(key) });
  return { user, headers: bearer(key) };
}

const patch = (path: string, body: unknown, headers: Record<string, string>) =>
  postJson(path, body, { method: "PATCH", headers });

/** Dee's public workspace with a subscriber-only and a follower-only post in it. */
async function creator(mode?: "managed" | "open") {
  const dee = await person();
  const created = await postJson(
    "/v1/workspaces",
    {
      name: "Dee's Sessions 🎻",
      slug: `sessions-${crypto.randomUUID().slice(0, 8)}`,
      ...(mode ? { subscription_mode: mode } : {}),
    },
    { headers: dee.headers },
  );
  expect(created.status).toBe(201);
  const workspace = (await json(created)).data;
  const paid = await makeResource(db, { type: "workspace", id: workspace.id }, "UNLISTED");
  await grant(
    db,
    { type: "static", id: "subscriber" },
    { type: "resource", id: paid.id },
    "resources:read",
    "allow",
  );
  const forFollowers = await makeResource(db, { type: "workspace", id: workspace.id }, "UNLISTED");
  await grant(
    db,
    { type: "static", id: "follower" },
    { type: "resource", id: forFollowers.id },
    "resources:read",
    "allow",
  );
  return { dee, workspace, paid, forFollowers };
}

const subscribe = async (headers: Record<string, string>, object: unknown) => {
  const response = await postJson("/v1/engagements", { action: "subscribe", object }, { headers });
  expect(response.status).toBe(201);
  return (await json(response)).data;
};

const reads = async (headers: Record<string, string>, resourceId: string) =>
  (await api(`/v1/resources/${resourceId}`, { headers })).status;

beforeAll(async () => {
  await ensureActions(db, ["resources", "workspaces", "engagements"]);
});

describe("managed subscriptions (the default)", () => {
  it("self-subscription opens nothing; the owner's activation does, deactivation closes it again", async () => {
    const { dee, workspace, paid } = await creator();
    expect(workspace.subscription_mode).toBe("managed");
    const cal = await person();
    const subscription = await subscribe(cal.headers, { type: "workspace", id: workspace.id });
    expect(subscription.activated_at).toBeNull();
    expect(await reads(cal.headers, paid.id)).toBe(404);
    // Subscribing again answers the same pending subscription.
    const again = await postJson(
      "/v1/engagements",
      { action: "subscribe", object: { type: "workspace", id: workspace.id } },
      { headers: cal.headers },
    );
    expect(again.status).toBe(200);
    expect((await json(again)).data.activated_at).toBeNull();

    // Neither the subscriber nor a stranger may activate it.
    const path = `/v1/engagements/${subscription.id}`;
    expect((await patch(path, { active: true }, cal.headers)).status).toBe(403);
    const stranger = await person();
    expect((await patch(path, { active: true }, stranger.headers)).status).toBe(403);
    expect(await reads(cal.headers, paid.id)).toBe(404);

    const activated = await patch(path, { active: true }, dee.headers);
    expect(activated.status).toBe(200);
    expect(queriesOf(activated)).toBe(2);
    const active = (await json(activated)).data;
    expect(active).toMatchObject({ id: subscription.id, action: "subscribe" });
    expect(Date.parse(active.activated_at)).not.toBeNaN();
    expect(await reads(cal.headers, paid.id)).toBe(200);
    // The engagement shows its state to whoever may see it.
    const shown = await json(await api(path, { headers: cal.headers }));
    expect(shown.data.activated_at).toBe(active.activated_at);
    // Activating again keeps the first activation time.
    const twice = await json(await patch(path, { active: true }, dee.headers));
    expect(twice.data.activated_at).toBe(active.activated_at);

    const deactivated = await patch(path, { active: false }, dee.headers);
    expect(deactivated.status).toBe(200);
    expect((await json(deactivated)).data.activated_at).toBeNull();
    expect(await reads(cal.headers, paid.id)).toBe(404);
  });

  it("an admin (a platform's billing) activates; other engagements have no state to change", async () => {
    const { workspace, paid } = await creator();
    const cal = await person();
    const billing = await person(["admin"]);
    const subscription = await subscribe(cal.headers, { type: "workspace", id: workspace.id });
    const response = await patch(
      `/v1/engagements/${subscription.id}`,
      { active: true },
      billing.headers,
    );
    expect(response.status).toBe(200);
    expect(await reads(cal.headers, paid.id)).toBe(200);

    const like = await postJson(
      "/v1/engagements",
      { action: "like", object: { type: "workspace", id: workspace.id } },
      { headers: cal.headers },
    );
    const likeId = (await json(like)).data.id;
    expect(
      (await patch(`/v1/engagements/${likeId}`, { active: true }, billing.headers)).status,
    ).toBe(409);
    expect(
      (await patch(`/v1/engagements/${subscription.id}`, { active: "yes" }, billing.headers))
        .status,
    ).toBe(422);
    expect(
      (await patch(`/v1/engagements/${crypto.randomUUID()}`, { active: true }, billing.headers))
        .status,
    ).toBe(404);
  });

  it("a subscription to a resource in the workspace is managed by the workspace's owner", async () => {
    const { dee, paid } = await creator();
    const cal = await person();
    // Cal may read the public workspace but not the paid post: subscribing to the post
    // needs it readable, so subscribe to a listed one and check its state.
    const listed = await makeResource(db, { type: "workspace", id: paid.ownerId });
    const subscription = await subscribe(cal.headers, { type: "resource", id: listed.id });
    expect(subscription.activated_at).toBeNull();
    const response = await patch(
      `/v1/engagements/${subscription.id}`,
      { active: true },
      dee.headers,
    );
    expect(response.status).toBe(200);
    expect((await json(response)).data.activated_at).not.toBeNull();
  });

  it("following still makes a follower at once", async () => {
    const { workspace, forFollowers, paid } = await creator();
    const cal = await person();
    expect(await reads(cal.headers, forFollowers.id)).toBe(404);
    const follow = await postJson(
      "/v1/engagements",
      { action: "follow", object: { type: "workspace", id: workspace.id } },
      { headers: cal.headers },
    );
    expect(follow.status).toBe(201);
    expect((await json(follow)).data.activated_at).toBeNull();
    expect(await reads(cal.headers, forFollowers.id)).toBe(200);
    expect(await reads(cal.headers, paid.id)).toBe(404);
  });
});

describe("open subscriptions", () => {
  it("are active from creation, for the workspace and what is in it", async () => {
    const { dee, workspace, paid } = await creator("open");
    expect(workspace.subscription_mode).toBe("open");
    const cal = await person();
    const subscription = await subscribe(cal.headers, { type: "workspace", id: workspace.id });
    expect(subscription.activated_at).not.toBeNull();
    expect(await reads(cal.headers, paid.id)).toBe(200);
    const listed = await makeResource(db, { type: "workspace", id: workspace.id });
    expect(
      (await subscribe(cal.headers, { type: "resource", id: listed.id })).activated_at,
    ).not.toBeNull();
    // The owner may still close one.
    const closed = await patch(
      `/v1/engagements/${subscription.id}`,
      { active: false },
      dee.headers,
    );
    expect(closed.status).toBe(200);
    expect(await reads(cal.headers, paid.id)).toBe(404);
  });

  it("the mode is the owner's to change, not an editor's", async () => {
    const { dee, workspace } = await creator();
    const editor = await person();
    const team = await makeTeam(db, dee.user.id, [editor.user.id]);
    await grant(
      db,
      { type: "team", id: team.id },
      { type: "workspace", id: workspace.id },
      "workspaces:write",
      "allow",
    );
    const path = `/v1/workspaces/${workspace.id}`;
    expect((await patch(path, { description: "Ça marche — 作業中" }, editor.headers)).status).toBe(
      200,
    );
    expect((await patch(path, { subscription_mode: "open" }, editor.headers)).status).toBe(403);
    const changed = await patch(path, { subscription_mode: "open" }, dee.headers);
    expect(changed.status).toBe(200);
    expect((await json(changed)).data.subscription_mode).toBe("open");
    expect((await patch(path, { subscription_mode: "free" }, dee.headers)).status).toBe(422);
  });
});
