/**
 * Verifies JWT bearer tokens: HS256 with a shared secret, or RS256/ES256 keys
 * from a JWKS URL (fetched at most every ten minutes per isolate). `sub` is the
 * user; scopes come from the configured claim or the configured default.
 */
import { verify, verifyWithJwks } from "hono/jwt";
import type { HonoJsonWebKey } from "hono/utils/jwt/jws";
import type { JwtConfig } from "../config";
import type { Caller } from "./caller";

const JWKS_TTL_MS = 10 * 60 * 1000;
const jwksCache = new Map<string, { keys: HonoJsonWebKey[]; until: number }>();

async function jwksKeys(url: string): Promise<HonoJsonWebKey[]> {
  const cached = jwksCache.get(url);
  if (cached && cached.until > Date.now()) return cached.keys;
  const response = await fetch(url, { headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`JWKS ${url} answered ${response.status}`);
  const { keys } = (await response.json()) as { keys: HonoJsonWebKey[] };
  jwksCache.set(url, { keys, until: Date.now() + JWKS_TTL_MS });
  return keys;
}

function scopesOf(claim: unknown, fallback: string[]): string[] {
  if (typeof claim === "string") return claim.split(/\s+/).filter(Boolean);
  if (Array.isArray(claim) && claim.every((s) => typeof s === "string")) return claim;
  return fallback;
}

/** The caller a token stands for; throws when the token does not verify. */
export async function verifyJwt(token: string, config: JwtConfig): Promise<Caller> {
  const verification = {
    iss: config.issuer,
    aud: config.audience,
  };
  const payload =
    "secret" in config.key
      ? await verify(token, config.key.secret, { alg: "HS256", ...verification })
      : await verifyWithJwks(token, {
          keys: await jwksKeys(config.key.jwksUrl),
          verification,
          allowedAlgorithms: ["RS256", "ES256"],
        });
  if (typeof payload.sub !== "string" || payload.sub.length === 0 || payload.sub.length > 36) {
    throw new Error("The token has no usable `sub`");
  }
  return {
    kind: "jwt",
    subject: { type: "user", id: payload.sub },
    scopes: new Set(scopesOf(payload[config.scopesClaim], config.defaultScopes)),
  };
}
