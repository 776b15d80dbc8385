/**
 * D1 read replication over HTTP: every request runs in a D1 session, responses
 * carry its bookmark in `x-d1-bookmark`, and a read that sends it back sees the
 * client's earlier writes. Postgres and MySQL have no sessions and no header.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { uuidv7 } from "../../src/db/ids";
import { isD1Bookmark } from "../../src/db/sessions";
import { api, dialect, json, postJson, testDatabase } from "./support/api";
import { bearer, makeApiKey, makeUser } from "./support/fixtures";

const BOOKMARK = "x-d1-bookmark";
/** Newer than any bookmark local D1 hands out (bookmarks sort oldest to newest). */
const FUTURE_BOOKMARK = `ffffffff-ffffffff-ffffffff-${"f".repeat(32)}`;

let adminKey: string;
beforeAll(async () => {
  const db = testDatabase();
  const admin = await makeUser(db);
  adminKey = (await makeApiKey(db, { type: "user", id: admin.id }, ["admin"])).key;
});

const createOrganization = (headers: Record<string, string> = {}) =>
  postJson(
    "/v1/organizations",
    { name: "Replicated", slug: `rep-${uuidv7().slice(-12)}` },
    { headers: { ...bearer(adminKey), ...headers } },
  );

describe.skipIf(dialect !== "d1")("D1 sessions", () => {
  it("answers a write with a bookmark that a read sends back to see the write", async () => {
    const created = await createOrganization();
    expect(created.status).toBe(201);
    const written = created.headers.get(BOOKMARK);
    expect(written).not.toBeNull();
    expect(isD1Bookmark(written!)).toBe(true);
    const { data: organization } = await json(created);

    const read = await api(`/v1/organizations/${organization.id}`, {
      headers: { ...bearer(adminKey), [BOOKMARK]: written! },
    });
    expect(read.status).toBe(200);
    expect((await json(read)).data).toMatchObject({ id: organization.id, slug: organization.slug });
    const readBookmark = read.headers.get(BOOKMARK);
    expect(isD1Bookmark(readBookmark ?? "")).toBe(true);
    // A session started from a bookmark never moves behind it.
    expect(readBookmark! >= written!).toBe(true);
  });

  it("gives a read without a bookmark one, and an error that queried the database too", async () => {
    const read = await api("/v1/organizations?limit=1", { headers: bearer(adminKey) });
    expect(read.status).toBe(200);
    expect(isD1Bookmark(read.headers.get(BOOKMARK) ?? "")).toBe(true);

    const missing = await api(`/v1/organizations/${uuidv7()}`, { headers: bearer(adminKey) });
    expect(missing.status).toBe(404);
    expect(isD1Bookmark(missing.headers.get(BOOKMARK) ?? "")).toBe(true);
  });

  it("treats an empty header as no bookmark", async () => {
    const read = await api("/v1/health", { headers: { [BOOKMARK]: "" } });
    expect(read.status).toBe(200);
    expect(isD1Bookmark(read.headers.get(BOOKMARK) ?? "")).toBe(true);
  });

  // Local D1 keeps the newest bookmark a session has seen, so a session started
  // from a future bookmark still reports it: that shows where each one started.
  it("starts reads from the client's bookmark and writes at the primary", async () => {
    const read = await api("/v1/health", { headers: { [BOOKMARK]: FUTURE_BOOKMARK } });
    expect(read.status).toBe(200);
    expect(read.headers.get(BOOKMARK)).toBe(FUTURE_BOOKMARK);

    const write = await createOrganization({ [BOOKMARK]: FUTURE_BOOKMARK });
    expect(write.status).toBe(201);
    const written = write.headers.get(BOOKMARK);
    expect(isD1Bookmark(written ?? "")).toBe(true);
    expect(written).not.toBe(FUTURE_BOOKMARK);
  });
});

describe.skipIf(dialect === "d1")(`no sessions on ${dialect}`, () => {
  it("never answers with a bookmark, even to a client that sends one", async () => {
    const created = await createOrganization({ [BOOKMARK]: FUTURE_BOOKMARK });
    expect(created.status).toBe(201);
    expect(created.headers.get(BOOKMARK)).toBeNull();
    const { data: organization } = await json(created);

    const read = await api(`/v1/organizations/${organization.id}`, {
      headers: { ...bearer(adminKey), [BOOKMARK]: FUTURE_BOOKMARK },
    });
    expect(read.status).toBe(200);
    expect(read.headers.get(BOOKMARK)).toBeNull();
  });
});

describe(`the ${BOOKMARK} header on ${dialect}`, () => {
  it("refuses a malformed bookmark with 400, on reads and writes", async () => {
    const malformed = [
      "garbage",
      "first-primary",
      "00000000-00000001-00000000",
      `${FUTURE_BOOKMARK}-0`,
      `${FUTURE_BOOKMARK.toUpperCase()}`,
      `00000000-00000001-00000000-${"0".repeat(300)}`,
    ];
    for (const bookmark of malformed) {
      for (const response of [
        await api("/v1/health", { headers: { [BOOKMARK]: bookmark } }),
        await createOrganization({ [BOOKMARK]: bookmark }),
      ]) {
        expect(response.status, bookmark).toBe(400);
        const { error } = await json(response);
        expect(error).toMatchObject({ code: "bad_request", request_id: expect.any(String) });
        expect(error.message).toContain(BOOKMARK);
        expect(response.headers.get(BOOKMARK)).toBeNull();
      }
    }
  });

  it("is allowed in CORS requests and exposed to scripts", async () => {
    const preflight = await api("/v1/organizations", {
      method: "OPTIONS",
      headers: {
        origin: "https://app.example",
        "access-control-request-method": "GET",
        "access-control-request-headers": `authorization,${BOOKMARK}`,
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-headers")?.split(",")).toContain(BOOKMARK);

    const simple = await api("/v1/health", { headers: { origin: "https://app.example" } });
    expect(simple.headers.get("access-control-expose-headers")?.split(",")).toContain(BOOKMARK);
  });
});
