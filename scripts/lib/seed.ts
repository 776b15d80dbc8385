/**
 * Seeding: the demo data of scripts/seed-data.ts, written in one atomic write
 * with insert-or-ignore, so a second run changes nothing. The demo admin's API
 * key is minted only when its row does not exist yet: the key itself is never
 * stored, so it can be shown only by the run that creates it.
 */
import { eq } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { type MintedKey, mintApiKey } from "../../src/auth/api-keys";
import type { Database } from "../../src/db/database";
import { indexInsertsFor } from "../../src/db/search/search-index";
import { DEMO_ADMIN_KEY_ID, demoAdminKey, demoData } from "../seed-data";

export type SeedOutcome =
  | { adminKey: "minted"; minted: MintedKey }
  | { adminKey: "existing"; prefix: string };

async function existingDemoKeyPrefix(db: Database): Promise<string | undefined> {
  const { apiKeys } = db.t;
  const [row] = await db.orm
    .select({ prefix: apiKeys.prefix })
    .from(apiKeys)
    .where(eq(apiKeys.id, DEMO_ADMIN_KEY_ID));
  return row?.prefix;
}

export async function seed(db: Database): Promise<SeedOutcome> {
  const prefix = await existingDemoKeyPrefix(db);
  const minted = prefix === undefined ? await mintApiKey() : undefined;
  const data = demoData();

  await db.atomic((orm) => [
    ...Object.entries(data).flatMap(([name, rows]) => {
      const table = db.t[name as keyof typeof data] as SQLiteTable;
      return [
        ...db.insertChunks(orm, table, rows, { ignoreDuplicates: true }),
        ...indexInsertsFor(db, orm, table, rows, { ignoreDuplicates: true }),
      ];
    }),
    // A plain insert: if another run created the key meanwhile, fail (and roll
    // back) rather than print a key that was never stored.
    ...(minted ? [orm.insert(db.t.apiKeys).values(demoAdminKey(minted))] : []),
  ]);
  return minted ? { adminKey: "minted", minted } : { adminKey: "existing", prefix: prefix! };
}

/** Empty means no users: everything worth keeping in a database hangs off one. */
export async function isEmpty(db: Database): Promise<boolean> {
  const { users } = db.t;
  const rows = await db.orm.select({ id: users.id }).from(users).limit(1);
  return rows.length === 0;
}

/** Seeds an empty database; leaves one with users alone (returns undefined). */
export async function seedIfEmpty(db: Database): Promise<SeedOutcome | undefined> {
  return (await isEmpty(db)) ? seed(db) : undefined;
}
