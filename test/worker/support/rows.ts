import { sql } from "drizzle-orm";
import type { Database } from "../../../src/db/database";
import { uuidLiteral } from "../../../src/db/sql";

/**
 * Rows in every table that mention any of `ids` in any column, counted by
 * table. The events are left out: the audit trail keeps naming what was deleted.
 */
export async function mentions(db: Database, ids: string[]) {
  const found: Record<string, number> = {};
  for (const [name, table] of Object.entries(db.t)) {
    if (name === "events") continue;
    const columns = Object.values(table as unknown as Record<string, unknown>).filter(
      (column) => typeof column === "object" && column !== null && "columnType" in column,
    ) as never[];
    const textColumns = columns.filter((c: { columnType: string }) =>
      /Text|varchar|VarChar|String/i.test(c.columnType),
    );
    if (textColumns.length === 0) continue;
    const where = sql.join(
      textColumns.map(
        (c) =>
          sql`${c} in (${sql.join(
            // Written into the SQL: bound, they would pass D1's 100 parameters.
            ids.map((id) => uuidLiteral(id)),
            sql`, `,
          )})`,
      ),
      sql` or `,
    );
    const rows = (await db.orm
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(table as never)
      .where(where)) as { n: number }[];
    if (rows[0] && rows[0].n > 0) found[name] = rows[0].n;
  }
  return found;
}
