/**
 * Standard Webhooks signatures (https://www.standardwebhooks.com): a secret is
 * `whsec_` and the base64 of 32 random bytes; a signature is `v1,` and the
 * base64 HMAC-SHA256, keyed by the secret's bytes, of
 * `<webhook-id>.<webhook-timestamp>.<body>`.
 */

const PREFIX = "whsec_";

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));

export function newSecret(): string {
  return `${PREFIX}${toBase64(crypto.getRandomValues(new Uint8Array(32)))}`;
}

/** `v1,<signature>` of one message under one secret. */
export async function signature(
  secret: string,
  id: string,
  timestamp: number,
  body: string,
): Promise<string> {
  const key = await crypto.subtle.importKey(
    "raw",
    fromBase64(secret.slice(PREFIX.length)),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const signed = await crypto.subtle.sign(
    "HMAC",
    key,
    new TextEncoder().encode(`${id}.${timestamp}.${body}`),
  );
  return `v1,${toBase64(new Uint8Array(signed))}`;
}

/** The `webhook-signature` header: one signature per secret, space-separated (rotation). */
export async function signatureHeader(
  secrets: string[],
  id: string,
  timestamp: number,
  body: string,
): Promise<string> {
  const all = await Promise.all(secrets.map((secret) => signature(secret, id, timestamp, body)));
  return all.join(" ");
}
