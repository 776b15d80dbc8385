/**
 * The one form every deferred read takes (docs/architecture.md §2): the
 * statements to issue and how to read their results. Lists, includes and
 * access checks each return a plan; a handler gives all of its plans to
 * `db.load`, which issues their statements in one round trip and hands each
 * plan its own results, so no handler slices or casts result arrays.
 */
export interface Plan<T> {
  readonly statements: readonly PromiseLike<unknown>[];
  read(results: readonly unknown[]): T;
}

export type PlanResult<P> = P extends Plan<infer T> ? T : never;

/** A plan of one statement: `read` takes its rows (without it, the rows are the result). */
export function planOf<Rows>(statement: PromiseLike<Rows>): Plan<Rows>;
export function planOf<Rows, T>(statement: PromiseLike<Rows>, read: (rows: Rows) => T): Plan<T>;
export function planOf<Rows, T>(
  statement: PromiseLike<Rows>,
  read?: (rows: Rows) => T,
): Plan<T | Rows> {
  return {
    statements: [statement],
    read: ([rows]) => (read ? read(rows as Rows) : (rows as Rows)),
  };
}

/** A plan of one statement whose first row, if any, is the result (a lookup by key). */
export const firstRowOf = <Row>(statement: PromiseLike<Row[]>): Plan<Row | undefined> =>
  planOf(statement, (rows) => rows[0]);

/** A plan that issues nothing and reads `value`: the empty side of a conditional read. */
export const settled = <T>(value: T): Plan<T> => ({ statements: [], read: () => value });

/** The plan's result passed through `map`. */
export function mapPlan<T, U>(plan: Plan<T>, map: (value: T) => U): Plan<U> {
  return { statements: plan.statements, read: (results) => map(plan.read(results)) };
}

/** Several plans as one: their statements in order, each reading its own share of the results. */
export function allOf<const P extends readonly Plan<unknown>[]>(
  ...plans: P
): Plan<{ -readonly [K in keyof P]: PlanResult<P[K]> }> {
  return {
    statements: plans.flatMap((plan) => plan.statements),
    read(results) {
      let offset = 0;
      return plans.map((plan) => {
        const own = results.slice(offset, offset + plan.statements.length);
        offset += plan.statements.length;
        return plan.read(own);
      }) as { -readonly [K in keyof P]: PlanResult<P[K]> };
    },
  };
}
