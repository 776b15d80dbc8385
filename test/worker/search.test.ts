/**
 * Full-text search behind `q` (docs/architecture.md §20), over HTTP on each
 * database: whole words and the last word as a prefix, case and accents
 * ignored, CJK characters as words, emoji ignored, relevance order, keyset
 * pages across ties, the permission predicate in the same query, the index
 * kept by creates, updates and (cascading) deletes, and odd input answered
 * without a 5xx. Each test searches inside a workspace of its own
 * (`/workspaces/{id}/resources`), so suites sharing a database never meet.
 */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database";
import { uuidv7 } from "../../src/db/ids";
import { indexInserts, rebuildIndex } from "../../src/db/search/search-index";
import { api, dialect, json, postJson, queriesOf, testDatabase } from "./support/api";
import { bearer, ensureActions, makeApiKey, makeUser } from "./support/fixtures";

const ids = (body: Record<string, any>) => body.data.map((row: { id: string }) => row.id);

describe(`full-text search on ${dialect}`, () => {
  let db: Database;
  let owner: { id: string };
  let ownerKey: string;
  let strangerKey: string;
  let adminKey: string;

  beforeAll(async () => {
    db = testDatabase();
    await ensureActions(db, ["resources", "workspaces", "collections"]);
    owner = await makeUser(db);
    ownerKey = (await makeApiKey(db, { type: "user", id: owner.id })).key;
    strangerKey = (await makeApiKey(db, { type: "user", id: (await makeUser(db)).id })).key;
    adminKey = (await makeApiKey(db, { type: "user", id: owner.id }, ["admin"])).key;
  });

  /** A public workspace of the owner's, created through the API (so indexed). */
  async function workspace(name = "Search test") {
    const response = await postJson(
      "/v1/workspaces",
      { name, slug: `search-${uuidv7().slice(-12)}` },
      { headers: bearer(ownerKey) },
    );
    expect(response.status).toBe(201);
    return (await json(response)).data as { id: string; name: string; slug: string };
  }

  /** A resource of the workspace, created through the API. */
  async function resource(
    workspaceId: string,
    title: string,
    excerpt: string | null = null,
    status: "LISTED" | "UNLISTED" = "LISTED",
  ) {
    const response = await postJson(
      "/v1/resources",
      { owner: { type: "workspace", id: workspaceId }, type: "post", title, excerpt, status },
      { headers: bearer(ownerKey) },
    );
    expect(response.status, title).toBe(201);
    return (await json(response)).data.id as string;
  }

  /** The ids a search of the workspace's resources answers (200 asserted). */
  async function search(workspaceId: string, q: string, extra = "", key: string | null = ownerKey) {
    const response = await api(
      `/v1/workspaces/${workspaceId}/resources?q=${encodeURIComponent(q)}&limit=100${extra}`,
      key ? { headers: bearer(key) } : {},
    );
    expect(response.status, q).toBe(200);
    return ids(await json(response)) as string[];
  }

  /** The index rows of one object, as (token, weights) sorted by token. */
  async function indexRows(kind: "resource" | "workspace" | "user", id: string) {
    const st = db.t.searchTerms;
    const rows = await db.orm
      .select({ token: st.token, word: st.wordWeight, prefix: st.prefixWeight })
      .from(st)
      .where(and(eq(st.kind, kind), eq(st.objectId, id)));
    return rows.sort((a, b) => (a.token < b.token ? -1 : a.token > b.token ? 1 : 0));
  }

  it("finds whole words, the last word as a prefix, whatever the case and accents", async () => {
    const w = await workspace();
    const cafe = await resource(w.id, "Café au lait ☕", "Morning notes from the harbor");
    const strasse = await resource(w.id, "Straße der Musik", "Naïve songs, Ångström waves");
    const fine = await resource(w.id, "ﬁne ＦＵＬＬＷＩＤＴＨ text", null);

    expect(await search(w.id, "cafe")).toEqual([cafe]);
    expect(await search(w.id, "CAFÉ")).toEqual([cafe]);
    expect(await search(w.id, "café LAIT")).toEqual([cafe]);
    expect(await search(w.id, "strasse")).toEqual([strasse]);
    expect(await search(w.id, "STRASSE der")).toEqual([strasse]);
    expect(await search(w.id, "naive angstrom")).toEqual([strasse]);
    expect(await search(w.id, "fine fullwidth")).toEqual([fine]);
    // The last word is a prefix; the others are whole words.
    expect(await search(w.id, "harb")).toEqual([cafe]);
    expect(await search(w.id, "morning harb")).toEqual([cafe]);
    expect(await search(w.id, "morn harbor")).toEqual([]);
    expect(await search(w.id, "mus")).toEqual([strasse]);
    // Every word must be there.
    expect(await search(w.id, "cafe musik")).toEqual([]);
    expect(await search(w.id, "zebra")).toEqual([]);
  });

  it("finds CJK text by its characters and ignores emoji and punctuation", async () => {
    const w = await workspace();
    const tokyo = await resource(w.id, "東京の夜景 🌃", "夜の散歩");
    const seoul = await resource(w.id, "서울 야경", null);
    const party = await resource(w.id, "🎉🎉 Party time!!!", "“Quoted” 100% fun_stuff");

    expect(await search(w.id, "東京")).toEqual([tokyo]);
    expect(await search(w.id, "夜")).toEqual([tokyo]);
    expect(await search(w.id, "京都")).toEqual([]);
    expect(await search(w.id, "서울")).toEqual([seoul]);
    expect(await search(w.id, "🎉")).toEqual([]);
    expect(await search(w.id, "🌃 🎉")).toEqual([]);
    expect(await search(w.id, "🎉 party")).toEqual([party]);
    expect(await search(w.id, '"quoted"')).toEqual([party]);
    expect(await search(w.id, "100%")).toEqual([party]);
    expect(await search(w.id, "fun_stuff")).toEqual([party]);
  });

  it("keeps distinct letters beyond the Basic Multilingual Plane distinct, as words and prefixes", async () => {
    const w = await workspace();
    // MySQL's default collations hold 𐀀 (U+10000), 𐎍 (U+1038D) and 𐔟 equal; the token is compared bytewise.
    const linearB = await resource(w.id, "𐀀 𐎍", "𐔟 notes");
    const ugaritic = await resource(w.id, "𐎍𐎛 tablet", null);
    const syllables = await resource(w.id, "𐀀𐀁𐀂", null);
    const other = await resource(w.id, "Plain title", null);
    const sorted = async (q: string) => (await search(w.id, q)).sort();
    expect(await sorted("𐀀")).toEqual([linearB, syllables].sort());
    expect(await sorted("𐎍")).toEqual([linearB, ugaritic].sort());
    expect(await search(w.id, "𐔟")).toEqual([linearB]);
    expect(await search(w.id, "𐀀𐀁")).toEqual([syllables]);
    expect(await search(w.id, "𐎍𐎛")).toEqual([ugaritic]);
    expect(await search(w.id, "𐀁")).toEqual([]);
    expect(await search(w.id, "𐎍 tab")).toEqual([]);
    expect(await search(w.id, "𐎍 𐀀")).toEqual([linearB]);
    expect(await search(w.id, "notes")).toEqual([linearB]);
    expect((await indexRows("resource", linearB)).filter((row) => row.token > "z")).toEqual([
      { token: "𐀀", word: 3, prefix: 3 },
      { token: "𐎍", word: 3, prefix: 3 },
      { token: "𐔟", word: 1, prefix: 1 },
    ]);
    const patched = await api(`/v1/resources/${linearB}`, {
      method: "PATCH",
      headers: { ...bearer(ownerKey), "content-type": "application/json" },
      body: JSON.stringify({ title: "𐎍 𐔟 renamed" }),
    });
    expect(patched.status).toBe(200);
    expect(await search(w.id, "renamed")).toEqual([linearB]);
    expect(await search(w.id, "𐀀")).toEqual([syllables]);
    expect(await search(w.id, "𐔟")).toEqual([linearB]);
    expect((await indexRows("resource", linearB)).filter((row) => row.token > "z")).toEqual([
      { token: "𐎍", word: 3, prefix: 3 },
      { token: "𐔟", word: 4, prefix: 4 },
    ]);
    expect(await search(w.id, "plain")).toEqual([other]);
  });

  it("orders by relevance, the title counting most, ties newest first", async () => {
    const w = await workspace();
    const once = await resource(w.id, "A quiet evening", "lantern light");
    const inTitle = await resource(w.id, "Lantern", "A story");
    const twice = await resource(w.id, "Two lights", "lantern and lantern again");
    const tieOld = await resource(w.id, "Notes", "lanterns");
    const tieNew = await resource(w.id, "More notes", "lanterns");

    // Whole word: scores 3 (title), 2, 1; "lanterns" is not the word "lantern".
    expect(await search(w.id, "lantern again", "&sort=relevance")).toEqual([twice]);
    // "light" is a prefix of the title word "lights" (3) as well.
    expect(await search(w.id, "lantern light", "&sort=relevance")).toEqual([twice, once]);
    // As a prefix "lantern" finds "lanterns" too: 3, 2, then three rows of 1, newest first.
    expect(await search(w.id, "lantern", "&sort=relevance")).toEqual([
      inTitle,
      twice,
      tieNew,
      tieOld,
      once,
    ]);
    // The default order stays newest first.
    expect(await search(w.id, "lantern")).toEqual([tieNew, tieOld, twice, inTitle, once]);
    expect(await search(w.id, "lantern", "&sort=created_at")).toEqual([
      once,
      inTitle,
      twice,
      tieOld,
      tieNew,
    ]);
  });

  it("pages by relevance and by creation across ties, each row once", async () => {
    const w = await workspace();
    const made: string[] = [];
    for (const [i, excerpt] of [
      "ember",
      "ember ember",
      "ember",
      "ember",
      "ember ember",
      "ember",
    ].entries()) {
      made.push(await resource(w.id, `Kindling ${i}`, excerpt));
    }
    for (const sort of ["relevance", "-created_at", "created_at", "title"]) {
      const whole = await search(w.id, "emb", `&sort=${sort}`);
      expect([...whole].sort(), sort).toEqual([...made].sort());
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const response = await api(
          `/v1/workspaces/${w.id}/resources?q=emb&sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ""}`,
          { headers: bearer(ownerKey) },
        );
        expect(response.status, sort).toBe(200);
        expect(queriesOf(response), sort).toBe(1);
        const body = await json(response);
        seen.push(...ids(body));
        cursor = body.meta.next_cursor;
        expect(seen.length, sort).toBeLessThanOrEqual(made.length);
      } while (cursor);
      expect(seen, sort).toEqual(whole);
    }
    // Scores 2 before 1, newest first within each.
    expect(await search(w.id, "ember", "&sort=relevance")).toEqual([
      made[4],
      made[1],
      made[5],
      made[3],
      made[2],
      made[0],
    ]);
    const counted = await api(`/v1/workspaces/${w.id}/resources?q=ember&count=true&limit=1`, {
      headers: bearer(ownerKey),
    });
    expect((await json(counted)).meta.total).toBe(6);
    // A cursor of one sort is refused by another; a forged relevance is refused.
    const first = await json(
      await api(`/v1/workspaces/${w.id}/resources?q=ember&sort=relevance&limit=1`, {
        headers: bearer(ownerKey),
      }),
    );
    const other = await api(
      `/v1/workspaces/${w.id}/resources?q=ember&limit=1&cursor=${first.meta.next_cursor}`,
      { headers: bearer(ownerKey) },
    );
    expect(other.status).toBe(400);
    for (const value of [-1, 1.5, "3", 2 ** 31, Number.MAX_SAFE_INTEGER]) {
      const forged = btoa(JSON.stringify({ sort: "relevance", value, id: made[0] }))
        .replace(/\+/g, "-")
        .replace(/\//g, "_")
        .replace(/=+$/, "");
      const refused = await api(
        `/v1/workspaces/${w.id}/resources?q=ember&sort=relevance&cursor=${forged}`,
        { headers: bearer(ownerKey) },
      );
      expect(refused.status, String(value)).toBe(400);
      expect((await json(refused)).error.code).toBe("bad_request");
    }
  });

  it("never finds what the caller may not read", async () => {
    const w = await workspace();
    const listed = await resource(w.id, "Velvet winter", null);
    const unlisted = await resource(w.id, "Velvet secret", null, "UNLISTED");

    expect(await search(w.id, "velvet", "", ownerKey)).toEqual([unlisted, listed]);
    expect(await search(w.id, "velvet", "", strangerKey)).toEqual([listed]);
    expect(await search(w.id, "velvet", "", null)).toEqual([listed]);
    expect(await search(w.id, "secret", "", strangerKey)).toEqual([]);
    const everywhere = await api(
      `/v1/resources?q=${encodeURIComponent("velvet secret")}&limit=100`,
    );
    expect(ids(await json(everywhere))).not.toContain(unlisted);
    const counted = await api(`/v1/workspaces/${w.id}/resources?q=velvet&count=true`, {
      headers: bearer(strangerKey),
    });
    expect((await json(counted)).meta.total).toBe(1);
  });

  it("re-indexes on update and un-indexes on delete, cascades included", async () => {
    const w = await workspace();
    const id = await resource(w.id, "Orchard ledger", "Signal north");
    const before = await indexRows("resource", id);

    const patch = (body: object) =>
      postJson(`/v1/resources/${id}`, body, { method: "PATCH", headers: bearer(ownerKey) });
    expect((await patch({ title: "Meadow ledger" })).status).toBe(200);
    expect(await search(w.id, "orchard")).toEqual([]);
    expect(await search(w.id, "meadow")).toEqual([id]);
    // The excerpt the patch left is still indexed.
    expect(await search(w.id, "signal")).toEqual([id]);
    expect((await patch({ excerpt: null })).status).toBe(200);
    expect(await search(w.id, "signal")).toEqual([]);
    expect((await patch({ status: "UNLISTED" })).status).toBe(200);
    expect(await search(w.id, "meadow ledger")).toEqual([id]);
    expect(await indexRows("resource", id)).not.toEqual(before);

    // What writes left is what a rebuild writes.
    const written = await indexRows("resource", id);
    await rebuildIndex(db, "resource");
    expect(await indexRows("resource", id)).toEqual(written);
    // Written again as a resumed transfer writes it: the rows there are skipped.
    const [row] = await db.orm.select().from(db.t.resources).where(eq(db.t.resources.id, id));
    await db.atomic((orm) => indexInserts(db, orm, "resource", [row!], { ignoreDuplicates: true }));
    expect(await indexRows("resource", id)).toEqual(written);

    const other = await resource(w.id, "Meadow river", null);
    expect(
      (await api(`/v1/resources/${other}`, { method: "DELETE", headers: bearer(ownerKey) })).status,
    ).toBe(204);
    expect(await search(w.id, "meadow")).toEqual([id]);
    expect(await indexRows("resource", other)).toEqual([]);

    // Deleting the workspace takes its resources and their index rows.
    expect(await indexRows("workspace", w.id)).not.toEqual([]);
    expect(
      (await api(`/v1/workspaces/${w.id}`, { method: "DELETE", headers: bearer(ownerKey) })).status,
    ).toBe(204);
    expect(await indexRows("resource", id)).toEqual([]);
    expect(await indexRows("workspace", w.id)).toEqual([]);
  });

  it("refuses an update whose kept field changed meanwhile, leaving the index as the row", async () => {
    const w = await workspace();
    const id = await resource(w.id, "Static winter", "old text");
    const [row] = await db.orm.select().from(db.t.resources).where(eq(db.t.resources.id, id));
    // Another write changed the excerpt after this one read the row.
    await db.orm
      .update(db.t.resources)
      .set({ excerpt: "new text" })
      .where(eq(db.t.resources.id, id));
    await expect(
      db.updateById(db.t.resources, id, { title: "Static summer" }, undefined, row),
    ).rejects.toMatchObject({ status: 409 });
    const [after] = await db.orm.select().from(db.t.resources).where(eq(db.t.resources.id, id));
    expect(after!.title).toBe("Static winter");
  });

  it("searches workspaces and users by their own words", async () => {
    const marker = `zq${uuidv7().slice(-12).replace(/-/g, "")}`;
    const w = await workspace(`Harbor Lights Studio ${marker}`);
    const found = async (path: string) => {
      const response = await api(path, { headers: bearer(adminKey) });
      expect(response.status, path).toBe(200);
      return ids(await json(response));
    };
    expect(await found(`/v1/workspaces?q=harbor+${marker}`)).toEqual([w.id]);
    expect(await found(`/v1/workspaces?q=${marker}+lig&sort=relevance`)).toEqual([w.id]);
    expect(await found(`/v1/workspaces?q=studios+${marker}`)).toEqual([]);

    const created = await postJson(
      "/v1/users",
      { email: `${marker}@example.com`, display_name: `Zoë Ångström ${marker}` },
      { headers: bearer(adminKey) },
    );
    expect(created.status).toBe(201);
    const user = (await json(created)).data.id;
    expect(await found(`/v1/users?q=zoe+angstrom+${marker}`)).toEqual([user]);
    const renamed = await postJson(
      `/v1/users/${user}`,
      { display_name: `Renée ${marker}` },
      { method: "PATCH", headers: bearer(adminKey) },
    );
    expect(renamed.status).toBe(200);
    expect(await found(`/v1/users?q=zoe+${marker}`)).toEqual([]);
    expect(await found(`/v1/users?q=${marker}+renee`)).toEqual([user]);
  });

  it("answers odd and long input with 200 or a 400 in the envelope, never 5xx", async () => {
    const w = await workspace();
    const id = await resource(w.id, "Back\\slash 'quotes' \"double\" 50% a_b", null);
    for (const q of [
      "'",
      '"',
      "%",
      "_",
      "\\",
      "' or 1=1 --",
      "%_%",
      "\\%",
      "a".repeat(200),
      "山".repeat(16),
      `${"word ".repeat(39)}end!`,
      "\u{1F468}\u200D\u{1F469}\u200D\u{1F467}",
      "\u0301",
    ]) {
      const response = await api(
        `/v1/workspaces/${w.id}/resources?q=${encodeURIComponent(q)}&sort=relevance`,
        { headers: bearer(ownerKey) },
      );
      expect(response.status, q).toBe(200);
    }
    expect(await search(w.id, "back slash")).toEqual([id]);
    expect(await search(w.id, "'quotes'")).toEqual([id]);
    expect(await search(w.id, "a_b")).toEqual([id]);

    const refused = async (query: string, parameter: string) => {
      const response = await api(`/v1/workspaces/${w.id}/resources?${query}`, {
        headers: bearer(ownerKey),
      });
      expect(response.status, query).toBe(400);
      const { error } = await json(response);
      expect(error.code, query).toBe("bad_request");
      expect(JSON.stringify(error.details), query).toContain(parameter);
    };
    await refused(`q=${"a".repeat(201)}`, "q");
    await refused(`q=${encodeURIComponent("x".repeat(500))}`, "q");
    await refused(`q=${encodeURIComponent("山川田木火水金土日月年人口目耳手足")}`, "q");
    await refused(
      `q=${encodeURIComponent(Array.from({ length: 17 }, (_, i) => `w${i}`).join(" "))}`,
      "q",
    );
    await refused("sort=relevance", "sort");
    await refused("q=a%00b", "q");
  });

  it("documents q and sort=relevance in the OpenAPI document", async () => {
    const document = await json(await api("/openapi.json"));
    const parameters = document.paths["/v1/resources"].get.parameters as {
      name: string;
      schema: { enum?: string[]; maxLength?: number };
      description?: string;
    }[];
    const q = parameters.find((p) => p.name === "q")!;
    expect(q.schema.maxLength).toBe(200);
    expect(JSON.stringify(q)).toContain("the last one also as the start of a word");
    const sort = parameters.find((p) => p.name === "sort")!;
    expect(sort.schema.enum).toContain("relevance");
    const users = document.paths["/v1/users"].get.parameters as typeof parameters;
    expect(users.find((p) => p.name === "sort")!.schema.enum).toContain("relevance");
    const organizations = document.paths["/v1/organizations"].get.parameters as typeof parameters;
    expect(organizations.find((p) => p.name === "sort")!.schema.enum).not.toContain("relevance");
  });
});
