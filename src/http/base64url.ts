/**
 * base64url without padding (RFC 4648 §5), the one encoding of cursors and key
 * material: URL-safe as is, and for text, of its UTF-8 bytes, so any string
 * (emoji, CJK) encodes.
 */
import { decodeBase64Url, encodeBase64Url } from "hono/utils/encode";

export const bytesToBase64Url = (bytes: Uint8Array): string =>
  encodeBase64Url(bytes.slice().buffer).replace(/=+$/, "");

export const textToBase64Url = (text: string): string =>
  bytesToBase64Url(new TextEncoder().encode(text));

/** The text encoded by `textToBase64Url`; throws on anything not base64url of UTF-8. */
export function base64UrlToText(encoded: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded)) throw new Error("Not base64url");
  return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(
    decodeBase64Url(encoded),
  );
}
