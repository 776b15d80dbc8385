/**
 * UUIDv7 (RFC 9562): 48-bit millisecond timestamp, then random bits.
 * Time-ordered ids give stable keyset pagination and index locality.
 * Within one millisecond a counter in the random part keeps ids increasing.
 */
let lastMs = 0;
let sequence = 0;

export function uuidv7(now = Date.now()): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  if (now <= lastMs) {
    now = lastMs;
    sequence = (sequence + 1) & 0xfff;
    if (sequence === 0) now = ++lastMs;
  } else {
    lastMs = now;
    sequence = bytes[6]! & 0x07; // random start leaves room to count upwards
  }
  bytes[0] = (now / 2 ** 40) & 0xff;
  bytes[1] = (now / 2 ** 32) & 0xff;
  bytes[2] = (now >>> 24) & 0xff;
  bytes[3] = (now >>> 16) & 0xff;
  bytes[4] = (now >>> 8) & 0xff;
  bytes[5] = now & 0xff;
  bytes[6] = 0x70 | ((sequence >>> 8) & 0x0f);
  bytes[7] = sequence & 0xff;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
