/**
 * The list language's cursors and search text over HTTP, on real data: titles
 * and names with emoji, CJK and accents page through every sort exactly once;
 * forged cursors answer 400 in the error envelope and never widen what the
 * caller reads; `q` and `category` search any text up to their documented
 * length (200 characters) and refuse control characters.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database";
import { uuidv7 } from "../../src/db/ids";
import { defineList } from "../../src/http/list-query";
import { api, dialect, json, testDatabase } from "./support/api";
import { bearer, ensureActions, makeApiKey, makeOrganization, makeUser } from "./support/fixtures";

/** Names real users write: emoji (some of several code points), CJK, accents, a repeat. */
const NAMES = [
  "🔥 Hot take",
  "Aki 山田",
  "Café ☕",
  "Recording vocals today 🎙️",
  "Zoë Ångström",
  "東京の夜",
  "Café ☕",
  "👩‍👩‍👧 family",
];

/** base64url of UTF-8 text, without padding: how a client would forge a cursor. */
const base64url = (text: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
const forge = (cursor: unknown) => base64url(JSON.stringify(cursor));

/** Text of exactly `length` code points mixing CJK and 4-byte emoji. */
const cjkEmoji = (length: number) =>
  Array.from({ length }, (_, index) => (index % 2 === 0 ? "山" : "🔥")).join("");

const ids = (body: Record<string, any>) => body.data.map((row: { id: string }) => row.id);

/**
 * Every row of a list, one page at a time: each page answers 200 and the
 * pages together hold each row exactly once, in the order of one big page.
 */
async function expectPagesCoverOnce(path: string, headers: HeadersInit, expected: string[]) {
  const separator = path.includes("?") ? "&" : "?";
  const whole = await api(`${path}${separator}limit=100`, { headers });
  expect(whole.status, path).toBe(200);
  const order = ids(await json(whole));
  expect([...order].sort(), path).toEqual([...expected].sort());

  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const query: string = `limit=1${cursor ? `&cursor=${cursor}` : ""}`;
    const response = await api(`${path}${separator}${query}`, { headers });
    expect(response.status, `${path} ${query}`).toBe(200);
    const body = await json(response);
    seen.push(...ids(body));
    cursor = body.meta.next_cursor;
    expect(seen.length, path).toBeLessThanOrEqual(expected.length);
  } while (cursor);
  expect(seen, path).toEqual(order);
}

/** A 400 in the error envelope that names the `cursor` parameter. */
async function expectInvalidCursor(response: Response, label: string) {
  expect(response.status, label).toBe(400);
  const { error } = await json(response);
  expect(error.code, label).toBe("bad_request");
  expect(error.details, label).toEqual([expect.objectContaining({ path: "cursor" })]);
}

/** A 400 in the error envelope that names the given query parameter. */
async function expectRefusedParameter(response: Response, name: string, label: string) {
  expect(response.status, label).toBe(400);
  const { error } = await json(response);
  expect(error.code, label).toBe("bad_request");
  expect(JSON.stringify(error.details), label).toContain(name);
}

describe(`list cursors and search on ${dialect}`, () => {
  let db: Database;
  let adminKey: string;
  let admin: { id: string };
  beforeAll(async () => {
    db = testDatabase();
    await ensureActions(db, ["resources", "workspaces", "collections"]);
    admin = await makeUser(db);
    adminKey = (await makeApiKey(db, { type: "user", id: admin.id }, ["admin"])).key;
  });

  describe("paging through text sorts", () => {
    it("pages resources by title and -title through emoji, CJK and accents", async () => {
      const owner = await makeUser(db);
      const rows = await db.insertReturning(
        db.t.resources,
        NAMES.map((title) => ({
          ownerType: "user" as const,
          ownerId: owner.id,
          type: "post" as const,
          title,
        })),
      );
      const expected = rows.map((row) => row.id);
      for (const sort of ["title", "-title"]) {
        await expectPagesCoverOnce(
          `/v1/resources?owner_id=${owner.id}&sort=${sort}`,
          bearer(adminKey),
          expected,
        );
      }
    });

    it("pages users by display_name and -display_name", async () => {
      const organization = await makeOrganization(db);
      const expected: string[] = [];
      for (const name of NAMES) {
        const user = await makeUser(db, organization.id);
        await db.orm
          .update(db.t.users)
          .set({ displayName: name })
          .where(eq(db.t.users.id, user.id));
        expected.push(user.id);
      }
      for (const sort of ["display_name", "-display_name"]) {
        await expectPagesCoverOnce(
          `/v1/users?organization_id=${organization.id}&sort=${sort}`,
          bearer(adminKey),
          expected,
        );
      }
    });

    it("pages organizations, workspaces, teams and collections by name", async () => {
      const marker = `m${uuidv7().slice(-12)}`;
      const organizations = await db.insertReturning(
        db.t.organizations,
        NAMES.map((name, index) => ({ name, slug: `${marker}-${index}` })),
      );
      const owner = await makeUser(db);
      const workspaces = await db.insertReturning(
        db.t.workspaces,
        NAMES.map((name, index) => ({
          name,
          slug: `${marker}-ws-${index}`,
          ownerType: "user" as const,
          ownerId: owner.id,
          visibility: "public" as const,
        })),
      );
      const organization = await makeOrganization(db);
      const teams = await db.insertReturning(
        db.t.teams,
        NAMES.map((name) => ({ name, ownerUserId: owner.id, organizationId: organization.id })),
      );
      const collections = await db.insertReturning(
        db.t.collections,
        NAMES.map((name) => ({
          name,
          ownerType: "user" as const,
          ownerId: owner.id,
          type: "manual" as const,
        })),
      );
      const lists: [string, { id: string }[]][] = [
        [`/v1/organizations?q=${marker}&sort=name`, organizations],
        [`/v1/organizations?q=${marker}&sort=-name`, organizations],
        [`/v1/workspaces?owner_id=${owner.id}&sort=name`, workspaces],
        [`/v1/teams?organization_id=${organization.id}&sort=-name`, teams],
        [`/v1/collections?owner_id=${owner.id}&sort=name`, collections],
      ];
      for (const [path, rows] of lists) {
        await expectPagesCoverOnce(
          path,
          bearer(adminKey),
          rows.map((row) => row.id),
        );
      }
    });

    it("pages a collection's items whose titles are emoji and CJK", async () => {
      const owner = await makeUser(db);
      const [shelf] = await db.insertReturning(db.t.collections, [
        { name: "Recording vocals today 🎙️", ownerType: "user", ownerId: owner.id, type: "manual" },
      ]);
      const resources = await db.insertReturning(
        db.t.resources,
        NAMES.map((title) => ({
          ownerType: "user" as const,
          ownerId: owner.id,
          type: "post" as const,
          title,
        })),
      );
      await db.insertReturning(
        db.t.collectionItems,
        resources.map((resource, position) => ({
          collectionId: shelf!.id,
          itemType: "resource" as const,
          itemId: resource.id,
          position,
        })),
      );
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = `limit=1${cursor ? `&cursor=${cursor}` : ""}`;
        const response = await api(`/v1/collections/${shelf!.id}/items?${query}`, {
          headers: bearer(adminKey),
        });
        expect(response.status, query).toBe(200);
        const body = await json(response);
        seen.push(...body.data.map((row: { item_id: string }) => row.item_id));
        cursor = body.meta.next_cursor;
      } while (cursor);
      expect(seen).toEqual(resources.map((resource) => resource.id));
    });
  });

  describe("forged cursors", () => {
    const someId = "01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60";
    /** Cursors that decode but hold the wrong thing for a sort by a text column. */
    const forgedForText = (sort: string) => [
      forge({ sort, id: "", value: { x: 1 } }),
      forge({ sort, id: someId, value: { x: 1 } }),
      forge({ sort, id: someId, value: [1, 2] }),
      forge({ sort, id: someId, value: { date: "yesterday" } }),
      forge({ sort, id: someId, value: { date: 1e20 } }),
      forge({ sort, id: someId, value: 42 }),
      forge({ sort, id: someId, value: true }),
      forge({ sort, id: someId, value: null }),
      forge({ sort, id: someId }),
      forge({ sort, id: "not-a-uuid", value: "Café ☕" }),
      forge({ sort, id: "' or 1=1 --", value: "Café ☕" }),
      forge({ sort, id: 7, value: "Café ☕" }),
      forge({ sort, id: someId, value: "caf\ud800" }),
      // Longer than the 4,096 characters a cursor may have.
      forge({ sort, id: someId, value: `${"x".repeat(3100)}\u0000` }),
    ];
    /** Cursors no API issued at all. */
    const garbage = [
      "%%%",
      "!!!!",
      "AAAA",
      base64url("null"),
      base64url('"text"'),
      base64url("[1,2,3]"),
      btoa("\xff\xfe\xfd"),
      base64url("{"),
      "eyJzb3J0Ijoi",
    ];

    it("answers 400 in the envelope on lists sorted by text, integer and id", async () => {
      const owner = await makeUser(db);
      const lists: [string, string[]][] = [
        [`/v1/resources?owner_id=${owner.id}&sort=title`, [...forgedForText("title"), ...garbage]],
        [`/v1/resources?owner_id=${owner.id}&sort=-title`, forgedForText("-title")],
        ["/v1/users?sort=display_name", forgedForText("display_name")],
        ["/v1/organizations?sort=-name", [...forgedForText("-name"), ...garbage]],
        ["/v1/workspaces?sort=slug", forgedForText("slug")],
        ["/v1/teams?sort=name", forgedForText("name")],
        ["/v1/collections?sort=name", forgedForText("name")],
        [
          "/v1/features?sort=base_price_cents",
          [
            forge({ sort: "base_price_cents", id: someId, value: "100" }),
            forge({ sort: "base_price_cents", id: someId, value: 1.5 }),
            forge({ sort: "base_price_cents", id: someId, value: 2 ** 60 }),
            forge({ sort: "base_price_cents", id: someId, value: { date: 0 } }),
            forge({ sort: "base_price_cents", id: someId, value: false }),
            forge({ sort: "base_price_cents", id: "x", value: 100 }),
            ...garbage,
          ],
        ],
        [
          "/v1/resources?sort=created_at",
          [
            forge({ sort: "created_at", id: "nope", value: "nope" }),
            forge({ sort: "created_at", id: someId, value: { x: 1 } }),
            forge({ sort: "created_at", id: someId, value: "Café ☕" }),
            ...garbage,
          ],
        ],
      ];
      for (const [path, cursors] of lists) {
        for (const cursor of cursors) {
          const response = await api(`${path}&cursor=${cursor}`, { headers: bearer(adminKey) });
          await expectInvalidCursor(response, `${path} ${atobSafe(cursor)}`);
        }
      }
    });

    it("answers 400 in the envelope on a collection's items", async () => {
      const owner = await makeUser(db);
      const [shelf] = await db.insertReturning(db.t.collections, [
        { name: "東京の夜", ownerType: "user", ownerId: owner.id, type: "manual" },
      ]);
      const key = (part: (depth: number) => [unknown, unknown]) =>
        forge(Array.from({ length: 5 }, (_, index) => part(index + 1)).flat());
      const cursors = [
        ...garbage,
        key(() => [{ x: 1 }, someId]),
        key(() => [[1], someId]),
        key(() => [0, { x: 1 }]),
        key(() => [0, [someId]]),
        key(() => [0, "not-a-uuid"]),
        key(() => [0, "Café ☕"]),
        key(() => [1.5, someId]),
        key(() => [-2, someId]),
        key(() => [2 ** 40, someId]),
        key(() => ["0", someId]),
        key(() => [true, someId]),
        key(() => [null, null]),
        forge([0, someId]),
        forge(Array(10).fill("x")),
      ];
      for (const cursor of cursors) {
        const response = await api(`/v1/collections/${shelf!.id}/items?cursor=${cursor}`, {
          headers: bearer(adminKey),
        });
        await expectInvalidCursor(response, atobSafe(cursor));
      }
    });

    it("checks timestamp, boolean and integer sort values against their columns", async () => {
      // No endpoint sorts by a timestamp or a boolean yet: a list over one checks those types.
      const subscriptions = defineList({
        table: (t) => t.userSubscriptions,
        sort: { id: "id", updated: "updatedAt", active: "active", discount: "discountPct" },
        defaultSort: "updated",
      });
      const user = await makeUser(db);
      const rows = await db.insertReturning(
        db.t.userSubscriptions,
        [true, false, true, false, true].map((active, index) => ({
          userId: user.id,
          activeFeatures: ["studio", "山田"],
          active,
          discountPct: index % 2 === 0 ? 10 : 25,
          updatedAt: new Date(Date.UTC(2026, 0, 1 + (index % 3))),
        })),
      );
      const mine = eq(db.t.userSubscriptions.userId, user.id);
      for (const sort of ["updated", "-updated", "active", "-active", "discount", "-discount"]) {
        const seen: string[] = [];
        let cursor: string | undefined;
        do {
          const page = await subscriptions.run(db, { limit: 1, sort, cursor } as never, mine);
          seen.push(...page.data.map((row) => row.id));
          cursor = page.meta.next_cursor ?? undefined;
        } while (cursor);
        expect([...seen].sort(), sort).toEqual(rows.map((row) => row.id).sort());
      }

      const forged: [string, unknown][] = [
        ["updated", "2026-01-01T00:00:00Z"],
        ["updated", { date: "2026-01-01" }],
        ["updated", { date: 1.5 }],
        ["updated", { date: 1e20 }],
        ["updated", { date: -1e15 }],
        ["updated", { date: 0, extra: 1 }],
        ["updated", [0]],
        ["active", "true"],
        ["active", 1],
        ["active", { x: 1 }],
        ["discount", "25"],
        ["discount", 2.5],
        ["discount", 2 ** 53],
        ["discount", null],
        ["id", "not-a-uuid"],
        ["id", 7],
      ];
      if (dialect !== "d1") forged.push(["discount", 2 ** 31]);
      for (const [sort, value] of forged) {
        const cursor = forge({ sort, value, id: rows[0]!.id });
        await expect(
          subscriptions.run(db, { limit: 1, sort, cursor } as never, mine),
          `${sort} ${JSON.stringify(value)}`,
        ).rejects.toMatchObject({ status: 400, message: "Invalid cursor" });
      }
    });

    it("never widens what the caller may read", async () => {
      const owner = await makeUser(db);
      const reader = await makeUser(db);
      const readerKey = (await makeApiKey(db, { type: "user", id: reader.id })).key;
      const rows = [];
      for (const status of ["LISTED", "UNLISTED"] as const) {
        rows.push(
          ...(await db.insertReturning(
            db.t.resources,
            NAMES.map((title) => ({
              ownerType: "user" as const,
              ownerId: owner.id,
              type: "post" as const,
              title: status === "LISTED" ? title : `${title} (draft)`,
              status,
            })),
          )),
        );
      }
      const unlisted = new Set(
        rows.filter((row) => row.status === "UNLISTED").map((row) => row.id),
      );
      const path = (sort: string) => `/v1/resources?owner_id=${owner.id}&sort=${sort}&limit=100`;
      const readable = new Set(
        ids(await json(await api(path("title"), { headers: bearer(readerKey) }))),
      );
      // The reader sees the owner's listed resources and none of the unlisted ones.
      expect(readable.size).toBe(NAMES.length);
      for (const id of unlisted) expect(readable.has(id)).toBe(false);

      // Well-formed cursors at every position (including ones no page issued:
      // before everything, after everything, at unlisted rows) only move the page.
      const positions = [
        ...rows.map((row) => ({ value: row.title, id: row.id })),
        { value: "", id: "00000000-0000-0000-0000-000000000000" },
        { value: "\u{10FFFF}", id: "ffffffff-ffff-ffff-ffff-ffffffffffff" },
      ];
      for (const sort of ["title", "-created_at"]) {
        for (const position of positions) {
          const value = sort.endsWith("created_at") ? position.id : position.value;
          const cursor = forge({ sort, value, id: position.id });
          const response = await api(`${path(sort)}&cursor=${cursor}`, {
            headers: bearer(readerKey),
          });
          expect(response.status, `${sort} ${value}`).toBe(200);
          for (const id of ids(await json(response))) {
            expect(readable.has(id), `${sort} ${value}`).toBe(true);
          }
        }
      }
    });
  });

  describe("search text", () => {
    /** Every list with a `q` (and the catalogues' `category`) filter. */
    const searches = [
      "/v1/users?q=",
      "/v1/organizations?q=",
      "/v1/resources?q=",
      "/v1/workspaces?q=",
      "/v1/features?q=",
      "/v1/features?category=",
      "/v1/teams?q=",
      "/v1/permission-actions?q=",
      "/v1/permission-actions?category=",
    ];
    const parameterOf = (path: string) => /[?&](\w+)=$/.exec(path)![1]!;

    it("refuses control characters with 400 in the envelope", async () => {
      const terms = [
        "%00",
        "a%00",
        "~%F0%AB%BC%B0%10%C2%89%F0%9F%94%A5",
        "%09tab",
        "line%0Abreak",
        "%7F",
        "%C2%9F",
      ];
      for (const path of searches) {
        for (const term of terms) {
          await expectRefusedParameter(
            await api(`${path}${term}`, { headers: bearer(adminKey) }),
            parameterOf(path),
            `${path}${term}`,
          );
        }
      }
    });

    it("searches any text up to 200 characters and refuses 201", async () => {
      const atLimit = encodeURIComponent(cjkEmoji(200));
      const overLimit = encodeURIComponent(cjkEmoji(201));
      // 17 CJK characters: 51 bytes of UTF-8, past D1's 50-byte LIKE patterns.
      const longAsLike = encodeURIComponent("東京の夜東京の夜東京の夜東京の夜東");
      for (const path of searches) {
        for (const term of [atLimit, longAsLike, encodeURIComponent("🎙️ ☕ 山田 é")]) {
          const response = await api(`${path}${term}`, { headers: bearer(adminKey) });
          expect(response.status, `${path} ${decodeURIComponent(term)}`).toBe(200);
        }
        await expectRefusedParameter(
          await api(`${path}${overLimit}`, { headers: bearer(adminKey) }),
          parameterOf(path),
          `${path} 201 characters`,
        );
      }
    });

    it("finds rows by text at the limit, case-insensitively, with % and _ literal", async () => {
      const longName = cjkEmoji(200);
      const marker = uuidv7().slice(-12);
      const [long, hot, percent, other] = await db.insertReturning(db.t.organizations, [
        { name: longName, slug: `long-${marker}` },
        { name: "🔥 Hot take", slug: `hot-${marker}` },
        { name: "100% Café ☕", slug: `percent-${marker}` },
        { name: "100 cafés", slug: `other-${marker}` },
      ]);
      const found = async (query: string) =>
        ids(
          await json(
            await api(`/v1/organizations?${query}&limit=100`, { headers: bearer(adminKey) }),
          ),
        );
      expect(await found(`q=${encodeURIComponent(longName)}`)).toContain(long!.id);
      expect(await found(`q=${encodeURIComponent(longName.slice(0, 60))}`)).toContain(long!.id);
      expect(await found(`q=${encodeURIComponent("hot TAKE")}`)).toContain(hot!.id);
      expect(await found(`q=${encodeURIComponent("🔥 H")}`)).toContain(hot!.id);
      const percentFound = await found(`q=${encodeURIComponent("100%")}`);
      expect(percentFound).toContain(percent!.id);
      expect(percentFound).not.toContain(other!.id);
      expect(await found(`q=${encodeURIComponent(`cent-${marker}`)}`)).toEqual([percent!.id]);
      expect(await found(`q=${encodeURIComponent("o_t")}`)).not.toContain(hot!.id);
      if (dialect !== "d1") {
        // Postgres and MySQL fold case beyond ASCII; SQLite's lower() and LIKE fold ASCII only.
        expect(await found(`q=${encodeURIComponent("CAFÉ")}`)).toContain(percent!.id);
      }
    });

    it("finds the same rows whatever the length of the text", async () => {
      // D1 caps LIKE patterns at 50 bytes: terms on either side of it must match alike.
      const marker = uuidv7().slice(-12);
      const name = `🔥 Hot take, Café ☕, Aki 山田 🎙️: 100% of_the_time, recording vocals today ${marker}`;
      const [row, lookalike] = await db.insertReturning(db.t.organizations, [
        { name, slug: `take-${marker}` },
        { name: name.replace("of_the_time", "of-the-time"), slug: `lookalike-${marker}` },
      ]);
      const characters = [...name];
      const suffixes = characters.map((_, start) =>
        characters
          .slice(start)
          .join("")
          .replace(/[a-z]/g, (letter) => letter.toUpperCase()),
      );
      // Around the cap (as `%term%`) every length, elsewhere a few.
      const bytes = (term: string) => new TextEncoder().encode(`%${term}%`).length;
      const terms = suffixes.filter(
        (term, index) => Math.abs(bytes(term) - 50) <= 8 || index % 10 === 0,
      );
      expect(terms.some((term) => bytes(term) === 50)).toBe(true);
      expect(terms.some((term) => bytes(term) === 51)).toBe(true);
      for (const term of terms) {
        const response = await api(
          `/v1/organizations?q=${encodeURIComponent(term)}&limit=100&sort=-created_at`,
          { headers: bearer(adminKey) },
        );
        expect(response.status, term).toBe(200);
        const found = ids(await json(response));
        expect(found, term).toContain(row!.id);
        if (term.includes("OF_THE_TIME")) expect(found, term).not.toContain(lookalike!.id);
      }
    });

    it("filters the catalogues by a category of CJK and emoji at its stored length", async () => {
      const category = cjkEmoji(32);
      const marker = uuidv7().slice(-12);
      const [feature] = await db.insertReturning(db.t.features, [
        { slug: `f-${marker}`, name: "Recording vocals today 🎙️", category },
      ]);
      const [action] = await db.insertReturning(db.t.permissionActions, [
        { slug: `studio-${marker}:read`, name: "Aki 山田", category },
      ]);
      for (const [path, id] of [
        ["/v1/features", feature!.id],
        ["/v1/permission-actions", action!.id],
      ] as const) {
        const response = await api(`${path}?category=${encodeURIComponent(category)}&limit=100`, {
          headers: bearer(adminKey),
        });
        expect(response.status).toBe(200);
        expect(ids(await json(response))).toContain(id);
        const tooLong = await api(`${path}?category=${encodeURIComponent(cjkEmoji(200))}`, {
          headers: bearer(adminKey),
        });
        expect(tooLong.status).toBe(200);
        expect((await json(tooLong)).data).toEqual([]);
      }
    });

    it("documents the limit and the refusal in the OpenAPI document", async () => {
      const { paths } = await json(await api("/openapi.json"));
      const parameter = (path: string, name: string) =>
        paths[path].get.parameters.find((p: { name: string }) => p.name === name);
      for (const [path, name] of [
        ["/v1/organizations", "q"],
        ["/v1/features", "category"],
      ] as const) {
        const { schema, description } = parameter(path, name);
        expect(schema.maxLength).toBe(200);
        expect(description).toMatch(/control characters/i);
      }
    });
  });
});

/** The decoded text of a cursor for test labels, or the cursor itself. */
function atobSafe(cursor: string) {
  try {
    return atob(cursor.replace(/-/g, "+").replace(/_/g, "/"));
  } catch {
    return cursor;
  }
}
