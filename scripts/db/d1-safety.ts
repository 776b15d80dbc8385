/**
 * docs/architecture.md §11: D1 runs each migration in a transaction, where `PRAGMA foreign_keys=OFF` is
 * ignored and `defer_foreign_keys` defers checks, not actions. Dropping a table — alone or in
 * drizzle-kit's rebuild (create `__new_x`, copy, drop `x`, rename) — therefore fires the
 * ON DELETE action of every foreign key that references it, and the children's rows are gone.
 * This module finds the DROPs of a migration that lose rows that way. Pure: SQL text and the
 * schema before the migration in, problems out.
 */
import { splitSqlStatements } from "./sql-statements";
import { type ForeignKeyClause, type TableEffect, tableEffectOf } from "./sql-table-effects";

/** The part of a drizzle-kit SQLite snapshot the analysis reads: each table's foreign keys. */
export interface SqliteSnapshot {
  tables: Record<
    string,
    {
      name: string;
      foreignKeys: Record<string, { tableFrom: string; tableTo: string; onDelete?: string }>;
    }
  >;
}

export interface UnsafeDrop {
  /** 1-based position of the DROP among the migration's statements. */
  statement: number;
  /** The dropped table. */
  table: string;
  /** Tables whose rows the DROP deletes or changes and the migration does not put back. */
  unprotected: string[];
}

/** The ON DELETE actions that change a child row when its parent row goes. */
const ROW_CHANGING_ACTIONS = new Set(["cascade", "set null", "set default"]);

interface ForeignKeyEdge {
  child: string;
  parent: string;
  onDelete: string;
}

/** The tables as the statements so far have left them. */
interface TablesState {
  /** Each existing table → whether it may hold rows (it predates the migration, or was written to). */
  tables: Map<string, boolean>;
  foreignKeys: ForeignKeyEdge[];
}

export function findUnsafeDrops(sql: string, schemaBefore: SqliteSnapshot): UnsafeDrop[] {
  const effects = splitSqlStatements(sql).map(tableEffectOf);
  const states = [stateFromSnapshot(schemaBefore)];
  for (const effect of effects) states.push(applyEffect(states.at(-1)!, effect));
  const finalState = states.at(-1)!;

  const problems: UnsafeDrop[] = [];
  effects.forEach((effect, dropAt) => {
    const before = states[dropAt]!;
    if (effect.kind !== "drop" || !before.tables.has(effect.table)) return;
    const changed = tablesChangedByDrop(before, effect.table);
    const drop = { effects, dropAt, dropped: effect.table, changed };
    const unprotected = changed.filter(
      (table) => !isDiscarded(drop, table, finalState) && !isPutBack(drop, table),
    );
    if (unprotected.length > 0) {
      problems.push({ statement: dropAt + 1, table: effect.table, unprotected });
    }
  });
  return problems;
}

/** One DROP statement of a migration and the tables whose rows it changes. */
interface Drop {
  effects: TableEffect[];
  dropAt: number;
  dropped: string;
  changed: string[];
}

/**
 * The tables whose rows change when `dropped` is emptied: its children through cascade /
 * set null / set default, then theirs. Set-null children are followed too because putting a
 * nulled row back (INSERT OR REPLACE) deletes it first, which cascades to its own children
 * (seen on local D1).
 */
function tablesChangedByDrop(state: TablesState, dropped: string): string[] {
  const reached = [dropped];
  // `reached` grows while it is iterated: a breadth-first walk down the foreign keys.
  for (const parent of reached) {
    for (const { child, parent: referenced, onDelete } of state.foreignKeys) {
      if (referenced !== parent || !ROW_CHANGING_ACTIONS.has(onDelete)) continue;
      if (reached.includes(child) || state.tables.get(child) !== true) continue;
      reached.push(child);
    }
  }
  return reached.slice(1);
}

/** A table the migration removes for good and never reads after the DROP: its rows were meant to go. */
function isDiscarded(drop: Drop, table: string, finalState: TablesState): boolean {
  const usedLater = drop.effects
    .slice(drop.dropAt + 1)
    .some(
      (effect) =>
        readsFrom(effect).includes(table) || (effect.kind === "rename" && effect.from === table),
    );
  return !finalState.tables.has(table) && !usedLater;
}

/**
 * Whether the migration copies `table`'s rows, before the DROP, into a table the DROP cannot
 * reach, and writes them back into `table` once the dropped table exists again (before that
 * the restored rows would fail their foreign keys, or be deleted again).
 */
function isPutBack(drop: Drop, table: string): boolean {
  const unsafeCopies = new Set([drop.dropped, table, ...drop.changed]);
  const keeps = drop.effects.slice(0, drop.dropAt).flatMap((effect, copyAt) => {
    const keep = copyTarget(effect, table);
    if (!keep || unsafeCopies.has(keep)) return [];
    return survives(drop.effects, keep, copyAt, drop.dropAt) ? [keep] : [];
  });
  const backAt = recreatedAt(drop);
  return drop.effects
    .slice(backAt + 1)
    .some(
      (effect) =>
        effect.kind === "write" &&
        effect.table === table &&
        effect.readsFrom.some((source) => keeps.includes(source)),
    );
}

/** The table a statement copies `source`'s rows into, if it does. */
function copyTarget(effect: TableEffect, source: string): string | undefined {
  const copies = effect.kind === "create" || effect.kind === "write";
  return copies && readsFrom(effect).includes(source) ? effect.table : undefined;
}

function readsFrom(effect: TableEffect): string[] {
  if (effect.kind === "create") return effect.copiesFrom;
  if (effect.kind === "write") return effect.readsFrom;
  return [];
}

/** Whether `table` is neither dropped nor renamed strictly between two statements. */
function survives(effects: TableEffect[], table: string, from: number, to: number): boolean {
  return !effects
    .slice(from + 1, to)
    .some(
      (effect) =>
        (effect.kind === "drop" && effect.table === table) ||
        (effect.kind === "rename" && effect.from === table),
    );
}

/** The statement that brings the dropped table back (create or rename), else the DROP itself. */
function recreatedAt({ effects, dropAt, dropped }: Drop): number {
  const backAt = effects.findIndex(
    (effect, at) =>
      at > dropAt &&
      ((effect.kind === "create" && effect.table === dropped) ||
        (effect.kind === "rename" && effect.to === dropped)),
  );
  return backAt === -1 ? dropAt : backAt;
}

function stateFromSnapshot(snapshot: SqliteSnapshot): TablesState {
  const tables = Object.values(snapshot.tables);
  return {
    tables: new Map(tables.map(({ name }) => [name.toLowerCase(), true])),
    foreignKeys: tables.flatMap(({ foreignKeys }) =>
      Object.values(foreignKeys).map((fk) => ({
        child: fk.tableFrom.toLowerCase(),
        parent: fk.tableTo.toLowerCase(),
        onDelete: (fk.onDelete ?? "no action").toLowerCase(),
      })),
    ),
  };
}

function edgesOf(child: string, clauses: ForeignKeyClause[]): ForeignKeyEdge[] {
  return clauses.map(({ parent, onDelete }) => ({ child, parent, onDelete }));
}

function applyEffect(state: TablesState, effect: TableEffect): TablesState {
  const tables = new Map(state.tables);
  let foreignKeys = state.foreignKeys;
  switch (effect.kind) {
    case "create":
      tables.set(effect.table, effect.copiesFrom.length > 0);
      foreignKeys = [...foreignKeys, ...edgesOf(effect.table, effect.foreignKeys)];
      break;
    case "add-column":
      foreignKeys = [...foreignKeys, ...edgesOf(effect.table, effect.foreignKeys)];
      break;
    case "drop":
      tables.delete(effect.table);
      // References *to* the dropped name stay: a table later created or renamed to it inherits them.
      foreignKeys = foreignKeys.filter(({ child }) => child !== effect.table);
      break;
    case "rename": {
      const rename = (table: string) => (table === effect.from ? effect.to : table);
      tables.set(effect.to, tables.get(effect.from) ?? false);
      tables.delete(effect.from);
      // SQLite rewrites the REFERENCES clauses naming a renamed table (seen on local D1).
      foreignKeys = foreignKeys.map((fk) => ({
        ...fk,
        child: rename(fk.child),
        parent: rename(fk.parent),
      }));
      break;
    }
    case "write":
      if (tables.has(effect.table)) tables.set(effect.table, true);
      break;
  }
  return { tables, foreignKeys };
}
