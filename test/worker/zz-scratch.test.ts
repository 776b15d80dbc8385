import { env } from "cloudflare:test";
import { it } from "vitest";
import raw from "../../migrations/0000_init.sql?raw";

it("replace cascades?", async () => {
  const db = env.DB;
  await db.batch([
    "CREATE TABLE org (id text primary key)",
    "CREATE TABLE usr (id text primary key, org_id text references org(id) on delete set null)",
    "CREATE TABLE team (id text primary key, usr_id text references usr(id) on delete cascade)",
    "INSERT INTO org VALUES ('o1')",
    "INSERT INTO usr VALUES ('u1','o1')",
    "INSERT INTO team VALUES ('t1','u1')",
  ].map((q) => db.prepare(q)));
  await db.batch([
    "CREATE TABLE keep AS SELECT * FROM usr",
    "CREATE TABLE __new_org (id text primary key)",
    "INSERT INTO __new_org SELECT * FROM org",
    "DROP TABLE org",
    "ALTER TABLE __new_org RENAME TO org",
    "INSERT OR REPLACE INTO usr SELECT * FROM keep",
  ].map((q) => db.prepare(q)));
  console.log(JSON.stringify((await db.prepare("select (select count(*) from team) t, (select org_id from usr) o").first())));
  console.log(raw.length);
});
