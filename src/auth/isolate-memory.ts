/**
 * What this isolate remembers about credentials it verified (an API key's
 * caller, the user a token resolved to), each trusted until its time is up, so
 * most requests need no authentication query. Bounded: the oldest entry makes
 * room for a new one.
 */
const MAX_REMEMBERED = 1000;

export class IsolateMemory<V> {
  readonly #entries = new Map<string, { value: V; until: number }>();

  /** The value remembered under `key`, unless its time is up. */
  get(key: string, now = Date.now()): V | undefined {
    const entry = this.#entries.get(key);
    return entry && entry.until > now ? entry.value : undefined;
  }

  remember(key: string, value: V, until: number) {
    if (until <= Date.now()) return;
    if (this.#entries.size >= MAX_REMEMBERED) {
      this.#entries.delete(this.#entries.keys().next().value as string);
    }
    this.#entries.set(key, { value, until });
  }

  /** Forgets every entry that matches, e.g. the keys just revoked. */
  forget(matches: (value: V, key: string) => boolean) {
    for (const [key, entry] of this.#entries) {
      if (matches(entry.value, key)) this.#entries.delete(key);
    }
  }
}
