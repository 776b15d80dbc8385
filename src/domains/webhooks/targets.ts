/**
 * Which URLs a webhook may be sent to. A Worker cannot resolve DNS before it
 * connects, so the literal host is judged: private, loopback, link-local,
 * unique-local, CGNAT, reserved and metadata addresses and internal names are
 * refused, as are plain http and credentials in the URL, unless
 * WEBHOOKS_ALLOW_PRIVATE_TARGETS (local development) allows http and those
 * hosts. Checked when an endpoint is written and again before each send.
 */

/** IPv4 ranges no webhook reaches: [first octets as a 32-bit number, prefix length]. */
const BLOCKED_V4: [number, number][] = [
  [0x00000000, 8], // "this network"
  [0x0a000000, 8], // private
  [0x64400000, 10], // CGNAT (and cloud metadata such as 100.100.100.200)
  [0x7f000000, 8], // loopback
  [0xa9fe0000, 16], // link-local (cloud metadata 169.254.169.254)
  [0xac100000, 12], // private
  [0xc0000000, 24], // IETF protocol assignments
  [0xc0000200, 24], // documentation
  [0xc0a80000, 16], // private
  [0xc6120000, 15], // benchmarking
  [0xc6336400, 24], // documentation
  [0xcb007100, 24], // documentation
  [0xe0000000, 4], // multicast
  [0xf0000000, 4], // reserved, broadcast
];

const INTERNAL_NAMES = /(^|\.)(localhost|local|internal|localdomain|home\.arpa)$/;

function v4Blocked(address: number): boolean {
  return BLOCKED_V4.some(([base, bits]) => address >>> (32 - bits) === base >>> (32 - bits));
}

/** A dotted quad as the URL parser writes every IPv4 form (decimal, hex, short), or undefined. */
function v4Number(host: string): number | undefined {
  const parts = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(host);
  if (!parts) return undefined;
  return parts.slice(1).reduce((value, part) => value * 256 + Number(part), 0) >>> 0;
}

/** The eight 16-bit groups of an IPv6 address (as the URL parser writes it, without brackets). */
function v6Groups(host: string): number[] | undefined {
  let text = host;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4 = v4Number(dotted[1]!);
    if (v4 === undefined) return undefined;
    text = `${text.slice(0, dotted.index)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const [head, tail] = text.split("::");
  const groups = (part: string | undefined) => (part ? part.split(":") : []);
  const left = groups(head);
  const right = groups(tail);
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? missing !== 0 : missing < 0) return undefined;
  const all = [...left, ...Array<string>(missing).fill("0"), ...right].map((g) =>
    Number.parseInt(g, 16),
  );
  return all.length === 8 && all.every((g) => g >= 0 && g <= 0xffff) ? all : undefined;
}

function v6Blocked(groups: number[]): boolean {
  const [a, b, c, d, e, f, g, h] = groups as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const embeddedV4 = ((g << 16) | h) >>> 0;
  if (a === 0 && b === 0 && c === 0 && d === 0 && e === 0) {
    // ::, ::1, IPv4-compatible ::a.b.c.d and IPv4-mapped ::ffff:a.b.c.d
    if (f === 0 || f === 0xffff) return f === 0 && g === 0 ? true : v4Blocked(embeddedV4);
  }
  if (a === 0x64 && b === 0xff9b) return v4Blocked(embeddedV4); // NAT64
  if ((a & 0xfe00) === 0xfc00) return true; // unique local fc00::/7
  if ((a & 0xffc0) === 0xfe80) return true; // link-local fe80::/10
  if ((a & 0xffc0) === 0xfec0) return true; // site-local (deprecated)
  if ((a & 0xff00) === 0xff00) return true; // multicast
  if (a === 0x2001 && b === 0x0db8) return true; // documentation
  return false;
}

/** Why `raw` may not be a webhook's URL (undefined: it may). */
export function targetProblem(raw: string, allowPrivate: boolean): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "Not a URL";
  }
  if (url.username || url.password) return "Credentials in the URL are not allowed";
  const protocols = allowPrivate ? ["https:", "http:"] : ["https:"];
  if (!protocols.includes(url.protocol)) {
    return allowPrivate ? "Only http and https URLs are sent to" : "Only https URLs are sent to";
  }
  if (allowPrivate) return undefined;
  const host = url.hostname.toLowerCase().replace(/\.$/, "");
  if (host.startsWith("[")) {
    const groups = v6Groups(host.slice(1, -1));
    if (!groups || v6Blocked(groups))
      return "Private, loopback and reserved addresses are not sent to";
    return undefined;
  }
  const v4 = v4Number(host);
  if (v4 !== undefined) {
    return v4Blocked(v4) ? "Private, loopback and reserved addresses are not sent to" : undefined;
  }
  if (!host.includes(".") || INTERNAL_NAMES.test(host)) {
    return "Local and internal host names are not sent to";
  }
  return undefined;
}
