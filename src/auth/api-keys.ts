/**
 * API key material. A key reads `hk_<prefix>.<secret>`: the prefix is public
 * (stored, shown in lists, used to find the row); the whole key is stored only
 * as a SHA-256 hash and shown once, when minted.
 */
import { bytesToBase64Url } from "../http/base64url";

const PREFIX_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
const KEY_PATTERN = /^(hk_[a-z2-7]{12})\.([A-Za-z0-9_-]{43})$/;

export interface MintedKey {
  /** The full key: give it to the caller once, never store it. */
  key: string;
  prefix: string;
  secretHash: string;
}

function randomPrefix(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `hk_${Array.from(bytes, (b) => PREFIX_ALPHABET[b & 31]).join("")}`;
}

export async function hashApiKey(key: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(key));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

export async function mintApiKey(): Promise<MintedKey> {
  const prefix = randomPrefix();
  const key = `${prefix}.${bytesToBase64Url(crypto.getRandomValues(new Uint8Array(32)))}`;
  return { key, prefix, secretHash: await hashApiKey(key) };
}

/** The public prefix of a well-formed key, or undefined for anything else. */
export function apiKeyPrefix(key: string): string | undefined {
  return KEY_PATTERN.exec(key)?.[1];
}

/** Compares two hex digests in time independent of where they differ. */
export function sameHash(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}
