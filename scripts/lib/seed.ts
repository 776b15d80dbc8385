/**
 * Seeding: the demo data of scripts/seed-data.ts, written in one atomic write
 * with insert-or-ignore, so a second run changes nothing. The demo admin's API
 * key is minted only when its row does not exist yet: the key itself is never
 * stored, so it can be shown only by the run that creates it.
 */
import { eq } from "drizzle-orm";
import { type MintedKey, mintApiKey } from "../../src/auth/api-keys";
import { insertIgnoring } from "../../src/db/row-transfer";
import { DEMO_ADMIN_KEY_ID, demoAdminKey, demoData } from "../seed-data";
import type { ScriptDatabase } from "./target";

/** Small multi-row inserts: far below D1's 100 KB per statement and any parameter limit. */
const ROWS_PER_STATEMENT = 25;

export type SeedOutcome =
  | { adminKey: "minted"; minted: MintedKey }
  | { adminKey: "existing"; prefix: string };

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    out.push(rows.slice(i, i + ROWS_PER_STATEMENT));
  }
  return out;
}

async function existingDemoKeyPrefix(db: ScriptDatabase): Promise<string | undefined> {
  const { apiKeys } = db.tables;
  const [row] = await db.orm
    .select({ prefix: apiKeys.prefix })
    .from(apiKeys)
    .where(eq(apiKeys.id, DEMO_ADMIN_KEY_ID));
  return row?.prefix;
}

export async function seed(db: ScriptDatabase): Promise<SeedOutcome> {
  const prefix = await existingDemoKeyPrefix(db);
  const minted = prefix === undefined ? await mintApiKey() : undefined;
  const data = demoData();

  await db.atomic((orm) => [
    ...Object.entries(data).flatMap(([name, rows]) =>
      chunks<object>(rows).map((chunk) =>
        insertIgnoring(db.dialect, orm, db.tables[name as keyof typeof data], chunk),
      ),
    ),
    // A plain insert: if another run created the key meanwhile, fail (and roll
    // back) rather than print a key that was never stored.
    ...(minted ? [orm.insert(db.tables.apiKeys).values(demoAdminKey(minted))] : []),
  ]);
  return minted ? { adminKey: "minted", minted } : { adminKey: "existing", prefix: prefix! };
}

/** Empty means no users: everything worth keeping in a database hangs off one. */
export async function isEmpty(db: ScriptDatabase): Promise<boolean> {
  const { users } = db.tables;
  const rows = await db.orm.select({ id: users.id }).from(users).limit(1);
  return rows.length === 0;
}

/** Seeds an empty database; leaves one with users alone (returns undefined). */
export async function seedIfEmpty(db: ScriptDatabase): Promise<SeedOutcome | undefined> {
  return (await isEmpty(db)) ? seed(db) : undefined;
}
