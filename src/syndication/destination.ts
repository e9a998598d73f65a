/**
 * Where a webhook may deliver: http or https, to a public host. Refused always: private,
 * link-local (the cloud metadata service 169.254.169.254 among them), unique-local IPv6,
 * carrier-grade NAT, multicast and reserved addresses, and metadata host names. Loopback
 * (127.0.0.0/8, ::1, `localhost`) only when WEBHOOKS_ALLOW_LOOPBACK is "true": `npm start` and
 * the tests. The URL parser has already turned `2130706433`, `0x7f.1` and `[::ffff:7f00:1]` into
 * their canonical forms, so the checks below see every spelling of an address as one.
 *
 * A public name that resolves to a private address is not caught here (a Worker cannot resolve
 * DNS itself); on Cloudflare, a Worker's fetch cannot reach private networks in any case.
 */

/** Whether loopback destinations are allowed: only where the var says local development. */
export function loopbackAllowed(env: { WEBHOOKS_ALLOW_LOOPBACK?: string }): boolean {
  return String(env.WEBHOOKS_ALLOW_LOOPBACK) === 'true';
}

type Verdict = 'public' | 'loopback' | 'refused';

const METADATA_HOSTS = new Set(['metadata', 'metadata.google.internal', 'metadata.goog', 'instance-data']);

function ipv4Verdict(address: string): Verdict | null {
  const parts = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(address)?.slice(1).map(Number);
  if (!parts || parts.some((part) => part > 255)) return null;
  const [a, b] = parts as [number, number, number, number];
  if (a === 127) return 'loopback';
  const refused =
    a === 0 || a === 10 || a >= 224 || // "this network", private, multicast and reserved
    (a === 100 && b >= 64 && b <= 127) || // carrier-grade NAT
    (a === 169 && b === 254) || // link-local, where cloud metadata services answer
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0 && (parts[2] === 0 || parts[2] === 2)) || // IETF protocol assignments, TEST-NET-1
    (a === 198 && b === 51 && parts[2] === 100) || (a === 203 && b === 0 && parts[2] === 113) || // TEST-NET-2, -3
    (a === 198 && (b === 18 || b === 19)); // benchmarking
  return refused ? 'refused' : 'public';
}

/** The 8 groups of an IPv6 address as numbers (the URL parser gives it compressed, lower-case). */
function ipv6Groups(address: string): number[] | null {
  const [head, tail, ...rest] = address.split('::');
  if (rest.length > 0) return null;
  const parse = (part: string | undefined) => (part ? part.split(':').map((group) => Number.parseInt(group, 16)) : []);
  const front = parse(head);
  const back = parse(tail);
  if (tail === undefined) return front.length === 8 ? front : null;
  return [...front, ...new Array(8 - front.length - back.length).fill(0), ...back];
}

function ipv6Verdict(address: string): Verdict {
  const groups = ipv6Groups(address);
  if (!groups || groups.some((group) => Number.isNaN(group))) return 'refused';
  if (groups.slice(0, 7).every((group) => group === 0)) return groups[7] === 1 ? 'loopback' : 'refused'; // ::1, ::
  const [first] = groups as [number];
  // IPv4-mapped (::ffff:a.b.c.d): judged as the IPv4 address it carries.
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff) {
    const [high, low] = [groups[6]!, groups[7]!];
    return ipv4Verdict(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`) ?? 'refused';
  }
  // ::/16 holds no public unicast: IPv4-compatible (::a.b.c.d), ::ffff:0:a.b.c.d and the rest.
  if (first === 0) return 'refused';
  // 6to4 (2002:a.b.c.d::/48): as the IPv4 address it carries; Teredo (2001:0::/32) hides one.
  if (first === 0x2002) {
    const [high, low] = [groups[1]!, groups[2]!];
    return ipv4Verdict(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`) === 'public' ? 'public' : 'refused';
  }
  if (first === 0x2001 && groups[1] === 0) return 'refused';
  if ((first & 0xfe00) === 0xfc00) return 'refused'; // unique local fc00::/7 (AWS metadata fd00:ec2::254)
  if ((first & 0xffc0) === 0xfe80) return 'refused'; // link-local fe80::/10
  if ((first & 0xff00) === 0xff00) return 'refused'; // multicast
  if (first === 0x64 && groups[1] === 0xff9b) return 'refused'; // NAT64 of any IPv4, private ones included
  if (first === 0x2001 && groups[1] === 0xdb8) return 'refused'; // documentation
  return 'public';
}

function hostVerdict(hostname: string): Verdict {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host.startsWith('[')) return ipv6Verdict(host.slice(1, -1));
  const ipv4 = ipv4Verdict(host);
  if (ipv4) return ipv4;
  if (host === 'localhost' || host.endsWith('.localhost')) return 'loopback';
  if (METADATA_HOSTS.has(host) || host.endsWith('.internal') || host.endsWith('.local') || !host.includes('.')) return 'refused';
  return 'public';
}

/**
 * Why `value` cannot be a webhook destination, or null when it can. `allowLoopback` admits
 * 127.0.0.0/8, ::1 and `localhost` (local development only).
 */
export function destinationProblem(value: string, allowLoopback: boolean): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'Must be an absolute http or https URL.';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'Must be an http or https URL.';
  if (url.username || url.password) return 'Must not carry a user name or password; put a token in the path or query instead.';
  const verdict = hostVerdict(url.hostname);
  if (verdict === 'refused') return `${url.hostname} is a private, link-local or reserved address; webhooks deliver to public hosts only.`;
  if (verdict === 'loopback' && !allowLoopback) return `${url.hostname} is a loopback address; only local development (WEBHOOKS_ALLOW_LOOPBACK) delivers there.`;
  return null;
}
