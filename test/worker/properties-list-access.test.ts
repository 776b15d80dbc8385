/**
 * Properties of list filters and access: for random callers (guests, owners,
 * organization members, outsiders, users named by allow or deny rows, team
 * members, organization and workspace keys, keys with narrow scopes, admins)
 * and random combinations of filters, a filtered list of resources or
 * collections holds exactly the rows of the unfiltered list that match the
 * filters (for `q`, as the search index's tokenizer defines a match), and
 * every row it returns is one the caller may read through `GET /v1/<kind>/{id}`,
 * as the list showed it.
 *
 * "Unfiltered" is every row of the scene: the suites share their Postgres and
 * MySQL databases, so the lists are scoped to the scene's owners with `owner_id`.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database";
import { uuidv7 } from "../../src/db/ids";
import { indexInserts } from "../../src/db/search/search-index";
import { searchQuery, words } from "../../src/db/search/tokens";
import { api, dialect, json, testDatabase } from "./support/api";
import {
  bearer,
  ensureActions,
  grant,
  makeApiKey,
  makeOrganization,
  makeTeam,
  makeUser,
  makeWorkspace,
} from "./support/fixtures";
import { type Kind, PROPERTY_TEST_TIMEOUT, propertyRuns, type Row } from "./support/properties";

/** Titles and names of the scene: each holds the scene's marker, for `q`. */
const TEXTS = ["🔥 Hot take", "Aki 山田", "Café ☕", "Zoë Ångström", "東京の夜", "👩‍👩‍👧 family"];

/** Whether `q` finds `text`: every word of it whole, the last as the start of a word. */
function matchesSearch(text: string, q: string): boolean {
  const { words: whole, prefix } = searchQuery(q);
  if (prefix === undefined) return false;
  const found = words(text);
  return whole.every((word) => found.includes(word)) && found.some((w) => w.startsWith(prefix));
}

describe(`list filters never widen what a caller reads, on ${dialect}`, () => {
  let db: Database;
  const callers: Record<string, HeadersInit> = {};
  const owners: { type: string; id: string }[] = [];
  let marker: string;
  let createdFrom: string;
  let createdTo: string;
  /** GET answers by caller and path: the scene does not change while the properties run. */
  const reads = new Map<string, Promise<{ status: number; body: Row }>>();

  beforeAll(async () => {
    db = testDatabase();
    await ensureActions(db, ["resources", "collections", "workspaces"]);
    marker = `p${uuidv7().slice(-10)}`;
    createdFrom = new Date(Date.now() - 1000).toISOString();

    const author = await makeUser(db);
    const organization = await makeOrganization(db);
    const member = await makeUser(db, organization.id);
    const outsider = await makeUser(db);
    const allowed = await makeUser(db);
    const denied = await makeUser(db);
    const teamMember = await makeUser(db);
    const admin = await makeUser(db);
    const team = await makeTeam(db, author.id, [teamMember.id]);
    const open = await makeWorkspace(db, { type: "organization", id: organization.id }, "public");
    const closed = await makeWorkspace(db, { type: "user", id: author.id }, "private");
    owners.push(
      { type: "user", id: author.id },
      { type: "organization", id: organization.id },
      { type: "workspace", id: open.id },
      { type: "workspace", id: closed.id },
    );

    // One insert per owner: D1 binds at most 100 parameters per statement.
    const resourceRows: Database["t"]["resources"]["$inferSelect"][] = [];
    for (const [o, owner] of owners.entries()) {
      resourceRows.push(
        ...(await db.insertReturning(
          db.t.resources,
          (["LISTED", "UNLISTED"] as const).flatMap((status, s) =>
            (["post", "song"] as const).map((type, t) => ({
              ownerType: owner.type as "user",
              ownerId: owner.id,
              type,
              status,
              title: `${TEXTS[(o + s + t) % TEXTS.length]} ${marker}`,
              excerpt: t === 0 ? null : `${TEXTS[(o + 2 * s) % TEXTS.length]} ✍️`,
            })),
          ),
        )),
      );
    }
    // Indexed for `q` as the API's own writes index them.
    await db.atomic((orm) => indexInserts(db, orm, "resource", resourceRows));
    const collectionRows = await db.insertReturning(
      db.t.collections,
      owners
        .filter((owner) => owner.type !== "organization")
        .flatMap((owner, o) =>
          (["LISTED", "UNLISTED"] as const).map((status, s) => ({
            ownerType: owner.type as "user",
            ownerId: owner.id,
            type: s === 0 && o === 0 ? ("static" as const) : ("manual" as const),
            kind: s === 0 && o === 0 ? ("bookmarks" as const) : null,
            status,
            name: `${TEXTS[(o + s) % TEXTS.length]} ${marker}`,
          })),
        ),
    );
    const hidden = resourceRows.find((r) => r.ownerId === closed.id && r.status === "UNLISTED")!;
    const listed = resourceRows.find((r) => r.ownerId === open.id && r.status === "LISTED")!;
    const privateCollection = collectionRows.find((c) => c.ownerId === closed.id)!;
    const user = (id: string) => ({ type: "user" as const, id });
    /** `grant`'s arguments after the database: subject, object, action, value. */
    type Grant = Parameters<typeof grant> extends [Database, ...infer Rest] ? Rest : never;
    const grants: Grant[] = [
      [user(allowed.id), { type: "resource", id: hidden.id }, "resources:read", "allow"],
      [
        user(allowed.id),
        { type: "collection", id: privateCollection.id },
        "collections:read",
        "allow",
      ],
      [user(denied.id), { type: "resource", id: listed.id }, "resources:read", "deny"],
      [
        { type: "team", id: team.id },
        { type: "workspace", id: closed.id },
        "resources:read",
        "allow",
      ],
    ];
    for (const row of grants) await grant(db, ...row);
    createdTo = new Date(Date.now() + 1000).toISOString();

    const key = async (
      subject: { type: "user" | "organization" | "workspace"; id: string },
      scopes?: string[],
    ) => bearer((await makeApiKey(db, subject as never, scopes as never)).key);
    callers.guest = {};
    callers.author = await key(user(author.id));
    callers.member = await key(user(member.id));
    callers.outsider = await key(user(outsider.id));
    callers.allowed = await key(user(allowed.id));
    callers.denied = await key(user(denied.id));
    callers.teamMember = await key(user(teamMember.id));
    callers.organizationKey = await key({ type: "organization", id: organization.id });
    callers.workspaceKey = await key({ type: "workspace", id: open.id });
    callers.authorResourcesOnly = await key(user(author.id), ["resources:read"]);
    callers.authorCollectionsOnly = await key(user(author.id), ["collections:read"]);
    callers.admin = await key(user(admin.id), ["admin"]);
  });

  /** A caller's GET of one item, read once per run of the file. */
  function read(caller: string, path: string) {
    const cacheKey = `${caller} ${path}`;
    let found = reads.get(cacheKey);
    if (!found) {
      found = api(path, { headers: callers[caller] }).then(async (response) => ({
        status: response.status,
        body: await json(response),
      }));
      reads.set(cacheKey, found);
    }
    return found;
  }

  const ownerIds = () => owners.map((owner) => owner.id);
  const collectionOwners = () => owners.filter((owner) => owner.type !== "organization");

  /** Filters a client may combine on a list of `kind`, as query parameters, and the rows they keep. */
  type Filter = { query: string; keeps: (row: Row) => boolean };

  const someOf = <T>(values: readonly T[]) =>
    fc.subarray([...values], { minLength: 1, maxLength: values.length });

  function filterArbitrary(kind: Kind): fc.Arbitrary<Filter[]> {
    const owned = kind === "resources" ? owners : collectionOwners();
    const pieces: fc.Arbitrary<Filter>[] = [
      someOf(["LISTED", "UNLISTED"] as const).map((statuses) => ({
        query: `status=${statuses.join(",")}`,
        keeps: (row: Row) => statuses.includes(row.status),
      })),
      someOf(
        kind === "resources"
          ? (["user", "organization", "workspace"] as const)
          : (["user", "workspace"] as const),
      ).map((types) => ({
        query: `owner_type=${types.join(",")}`,
        keeps: (row: Row) => (types as readonly string[]).includes(row.owner.type),
      })),
      // Some of the scene's owners, perhaps with an owner that does not exist.
      fc.tuple(someOf(owned.map((owner) => owner.id)), fc.boolean()).map(([ids, stranger]) => ({
        query: `owner_id=${[...ids, ...(stranger ? [uuidv7()] : [])].join(",")}`,
        keeps: (row: Row) => ids.includes(row.owner.id),
      })),
    ];
    if (kind === "resources") {
      pieces.push(
        someOf(["post", "song", "album"] as const).map((types) => ({
          query: `type=${types.join(",")}`,
          keeps: (row: Row) => (types as readonly string[]).includes(row.type),
        })),
        fc
          .record({ from: fc.boolean(), to: fc.boolean(), future: fc.boolean() })
          .map(({ from, to, future }) => {
            // A window around the scene, or one after it.
            const start = future ? createdTo : createdFrom;
            const parts = [
              from ? `created_at_from=${start}` : "",
              to || !from ? `created_at_to=${createdTo}` : "",
            ].filter(Boolean);
            return {
              query: parts.join("&"),
              keeps: () => !(future && from),
            };
          }),
        fc
          .oneof(
            fc.constant(marker),
            fc
              .constantFrom(...TEXTS)
              .chain((text) =>
                fc
                  .tuple(fc.nat([...text].length - 1), fc.integer({ min: 1, max: 4 }))
                  .map(([start, length]) => [...text].slice(start, start + length).join("")),
              ),
            fc.constantFrom("✍️", "zzz-nothing", "%", "_"),
          )
          .map((term) => ({
            query: `q=${encodeURIComponent(term)}`,
            keeps: (row: Row) => matchesSearch(`${row.title} ${row.excerpt ?? ""}`, term),
          })),
      );
    } else {
      pieces.push(
        someOf(["static", "manual"] as const).map((types) => ({
          query: `type=${types.join(",")}`,
          keeps: (row: Row) => (types as readonly string[]).includes(row.type),
        })),
        someOf(["bookmarks", "likes"] as const).map((kinds) => ({
          query: `kind=${kinds.join(",")}`,
          keeps: (row: Row) => (kinds as readonly string[]).includes(row.kind),
        })),
      );
    }
    return fc.subarray(pieces.map((piece) => piece)).chain((chosen) => fc.tuple(...chosen));
  }

  /** The list's path scoped to the scene's owners (or the filter's own `owner_id`). */
  function listPath(kind: Kind, filters: Filter[], sort: string, count: boolean) {
    const owned = (kind === "resources" ? ownerIds() : collectionOwners().map((o) => o.id)).join(
      ",",
    );
    const query = filters.map((filter) => filter.query);
    if (!query.some((q) => q.startsWith("owner_id="))) query.push(`owner_id=${owned}`);
    return `/v1/${kind}?${[...query, `sort=${sort}`, "limit=100", ...(count ? ["count=true"] : [])].join("&")}`;
  }

  async function checkProperty(kind: Kind, numRuns: number) {
    const sortKey = kind === "resources" ? "title" : "name";
    const unfiltered = new Map<string, Promise<{ status: number; body: Row }>>();
    /** Runs whose filtered list held rows: a property that only saw empty pages proved nothing. */
    let listedRows = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.keys(callers)),
        filterArbitrary(kind),
        fc.constantFrom(sortKey, `-${sortKey}`, "created_at", "-created_at"),
        fc.boolean(),
        async (caller, filters, sort, count) => {
          const basePath = listPath(kind, [], "created_at", false);
          if (!unfiltered.has(caller)) unfiltered.set(caller, read(caller, basePath));
          const base = await unfiltered.get(caller)!;
          const path = listPath(kind, filters, sort, count);
          const response = await api(path, { headers: callers[caller] });
          expect(response.status, `${caller} ${path}`).toBeLessThan(500);
          // A caller refused the unfiltered list (no scope) is refused the filtered one alike.
          expect(response.status, `${caller} ${path}`).toBe(base.status);
          if (response.status !== 200) return;
          const { data, meta } = await json(response);
          const visible = new Map<string, Row>(base.body.data.map((row: Row) => [row.id, row]));
          const ids: string[] = data.map((row: Row) => row.id);
          expect(new Set(ids).size, path).toBe(ids.length);
          for (const id of ids) expect(visible.has(id), `${caller} ${path}: ${id}`).toBe(true);

          const matching = [...visible.values()].filter((row) =>
            filters.every((filter) => filter.keeps(row)),
          );
          const expected = matching.map((row) => row.id).sort();
          expect([...ids].sort(), `${caller} ${path}`).toEqual(expected);
          if (count) expect(meta.total, path).toBe(ids.length);
          if (ids.length > 0) listedRows++;

          for (const row of data as Row[]) {
            const single = await read(caller, `/v1/${kind}/${row.id}`);
            expect(single.status, `${caller} GET ${kind}/${row.id}`).toBe(200);
            expect(single.body.data, `${caller} GET ${kind}/${row.id}`).toEqual(row);
          }
        },
      ),
      propertyRuns(numRuns),
    );
    expect(listedRows).toBeGreaterThan(numRuns / 10);
    // The scene is whole: an admin's unfiltered list holds every row of it.
    const all = await unfiltered.get("admin");
    if (all) expect(all.body.data.length).toBe(kind === "resources" ? 16 : 6);
  }

  it("on resources", () => checkProperty("resources", 100), PROPERTY_TEST_TIMEOUT);
  it("on collections", () => checkProperty("collections", 60), PROPERTY_TEST_TIMEOUT);
});
