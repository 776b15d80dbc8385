/**
 * What a collection may hold, and which of those rows a caller may see
 * (`readableRows`, over their unaliased tables).
 */
import type { SQL } from "drizzle-orm";
import { OBJECT_DOMAIN } from "../../access/engine";
import { readableRows } from "../../access/references";
import { type Caller, hasScope } from "../../auth/caller";
import type { Database } from "../../db/database";
import type { COLLECTION_ITEM_TYPES, Tables } from "../../db/schema";
import { FALSE, TRUE } from "../../db/sql";

export type ItemType = (typeof COLLECTION_ITEM_TYPES)[number];

export const itemTable = (t: Tables, type: ItemType) =>
  ({ resource: t.resources, workspace: t.workspaces, collection: t.collections, user: t.users })[
    type
  ];

/**
 * The rows of `type`'s table the caller may see. A key without that kind's
 * read scope sees none of them: they are left out rather than refused, so a
 * collection still lists what the key may read.
 */
export function readableItems(db: Database, caller: Caller, type: ItemType): SQL {
  const domain = type === "user" ? "identities" : OBJECT_DOMAIN[type];
  if (!hasScope(caller, domain, "read")) return FALSE;
  return readableRows(db, caller, type) ?? TRUE;
}
