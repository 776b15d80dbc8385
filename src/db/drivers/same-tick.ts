/**
 * Groups the queries a request issues together (in the same tick, as
 * `Database.read` and `Database.atomic` do) so a server driver can send them
 * in one round trip: pipelined on Postgres, one multi-statement query on MySQL.
 */

/** A query call waiting for its group to be sent. */
export interface Queued<Args, Result> {
  args: Args;
  resolve(result: Result): void;
  reject(reason: unknown): void;
}

/**
 * Wraps `send` so calls made before the current tick's synchronous code ends
 * reach it as one group, in call order. If `send` throws, every call in the
 * group fails with that error.
 */
export function groupSameTick<Args, Result>(
  send: (group: Queued<Args, Result>[]) => Promise<void>,
): (args: Args) => Promise<Result> {
  let open: Queued<Args, Result>[] | undefined;
  return (args) =>
    new Promise<Result>((resolve, reject) => {
      if (!open) {
        const group: Queued<Args, Result>[] = [];
        open = group;
        queueMicrotask(() => {
          open = undefined;
          send(group).catch((error: unknown) => {
            for (const call of group) call.reject(error);
          });
        });
      }
      open.push({ args, resolve, reject });
    });
}
