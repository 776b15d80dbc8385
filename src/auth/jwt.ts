/**
 * Verifies JWT bearer tokens: HS256 with a shared secret, or RS256/ES256 keys
 * from a JWKS URL. Answers the token's claims; which user they stand for is
 * decided by token-users.ts.
 *
 * A JWKS is kept for ten minutes per isolate. A token signed by a key the
 * cached set lacks (the provider rotated its keys) fetches the set again, as
 * `jose`'s remote key sets do: one fetch at a time, and not within 30 seconds
 * of the last one, so a flood of tokens with made-up `kid`s costs no fetches.
 */
import { decode, verify, verifyWithJwks } from "hono/jwt";
import type { HonoJsonWebKey } from "hono/utils/jwt/jws";
import type { JwtConfig } from "../config";

const JWKS_TTL_MS = 10 * 60 * 1000;
const JWKS_COOLDOWN_MS = 30 * 1000;

interface KeySet {
  keys: HonoJsonWebKey[];
  fetchedAt: number;
}
const jwksCache = new Map<string, KeySet>();
const jwksInFlight = new Map<string, Promise<KeySet>>();

function fetchJwks(url: string): Promise<KeySet> {
  let inFlight = jwksInFlight.get(url);
  if (!inFlight) {
    inFlight = (async () => {
      const response = await fetch(url, { headers: { accept: "application/json" } });
      if (!response.ok) throw new Error(`JWKS ${url} answered ${response.status}`);
      const { keys } = (await response.json()) as { keys: HonoJsonWebKey[] };
      const set = { keys, fetchedAt: Date.now() };
      jwksCache.set(url, set);
      return set;
    })().finally(() => jwksInFlight.delete(url));
    jwksInFlight.set(url, inFlight);
  }
  return inFlight;
}

/** The keys to verify a token signed by `kid` with: cached, or fetched when stale or missing it. */
async function jwksKeys(url: string, kid: unknown): Promise<HonoJsonWebKey[]> {
  const cached = jwksCache.get(url);
  const age = cached ? Date.now() - cached.fetchedAt : Number.POSITIVE_INFINITY;
  if (!cached || age >= JWKS_TTL_MS) return (await fetchJwks(url)).keys;
  const known = cached.keys.some((key) => key.kid === kid);
  if (known || age < JWKS_COOLDOWN_MS) return cached.keys;
  return (await fetchJwks(url)).keys;
}

function scopesOf(claim: unknown, fallback: string[]): string[] {
  if (typeof claim === "string") return claim.split(/\s+/).filter(Boolean);
  if (Array.isArray(claim) && claim.every((s) => typeof s === "string")) return claim;
  return fallback;
}

/** Longest `iss` and `sub` a token may carry: the size of `user_identities`' columns. */
export const MAX_CLAIM_LENGTH = 255;

/** What a verified token says about its bearer. */
export interface TokenClaims {
  /** `iss`, when the token has one. */
  issuer?: string;
  subject: string;
  scopes: string[];
  /** Profile claims, used only to provision a user on first sight. */
  email?: unknown;
  emailVerified?: unknown;
  name?: unknown;
}

const claimText = (value: unknown) =>
  typeof value === "string" && value.length > 0 && value.length <= MAX_CLAIM_LENGTH;

/** The claims of a token that verifies; throws otherwise. */
export async function verifyJwt(token: string, config: JwtConfig): Promise<TokenClaims> {
  const verification = {
    iss: config.issuer,
    aud: config.audience,
  };
  const payload =
    "secret" in config.key
      ? await verify(token, config.key.secret, { alg: "HS256", ...verification })
      : await verifyWithJwks(token, {
          keys: await jwksKeys(config.key.jwksUrl, decode(token).header.kid),
          verification,
          allowedAlgorithms: ["RS256", "ES256"],
        });
  if (!claimText(payload.sub)) throw new Error("The token has no usable `sub`");
  if (payload.iss !== undefined && !claimText(payload.iss)) {
    throw new Error("The token's `iss` is not usable");
  }
  return {
    issuer: payload.iss as string | undefined,
    subject: payload.sub as string,
    scopes: scopesOf(payload[config.scopesClaim], config.defaultScopes),
    email: payload.email,
    emailVerified: payload.email_verified,
    name: payload.name,
  };
}
