// Which addresses sitrep fetches from. A page or a feed names its own links and redirects, so without a
// check a URL can point the fetcher at the machine it runs on or at its network (a local database's web
// console, a cloud metadata service at 169.254.169.254). By default only public unicast addresses are
// fetched; `allow` names hosts (any address they resolve to is fine) and addresses or CIDR ranges that are
// fetched although they are not public. The ranges are IANA's special-purpose registries (RFC 6890 and
// its updates), classified with node:net's BlockList.
import { BlockList, isIP } from 'node:net';
import { ERROR_CODES, SitrepError } from '../errors.js';

type Family = 'ipv4' | 'ipv6';

/** Each kind of address refused by default, by what it is (the name goes into the error). */
const REFUSED: ReadonlyArray<{ kind: string; ranges: ReadonlyArray<[string, number, Family]> }> = [
  { kind: 'unspecified', ranges: [['0.0.0.0', 8, 'ipv4'], ['::', 128, 'ipv6']] },
  { kind: 'loopback', ranges: [['127.0.0.0', 8, 'ipv4'], ['::1', 128, 'ipv6']] },
  { kind: 'private', ranges: [['10.0.0.0', 8, 'ipv4'], ['172.16.0.0', 12, 'ipv4'], ['192.168.0.0', 16, 'ipv4'], ['100.64.0.0', 10, 'ipv4']] },
  { kind: 'link-local', ranges: [['169.254.0.0', 16, 'ipv4'], ['fe80::', 10, 'ipv6']] },
  { kind: 'unique-local', ranges: [['fc00::', 7, 'ipv6'], ['fec0::', 10, 'ipv6']] },
  { kind: 'multicast', ranges: [['224.0.0.0', 4, 'ipv4'], ['ff00::', 8, 'ipv6']] },
  {
    kind: 'reserved',
    ranges: [
      ['192.0.0.0', 24, 'ipv4'], ['192.0.2.0', 24, 'ipv4'], ['198.18.0.0', 15, 'ipv4'], ['198.51.100.0', 24, 'ipv4'],
      ['203.0.113.0', 24, 'ipv4'], ['240.0.0.0', 4, 'ipv4'], ['100::', 64, 'ipv6'], ['2001:db8::', 32, 'ipv6'],
    ],
  },
  // IPv6 forms that carry an IPv4 address (NAT64, 6to4) reach whatever that address is.
  { kind: 'IPv4-embedding', ranges: [['64:ff9b::', 96, 'ipv6'], ['64:ff9b:1::', 48, 'ipv6'], ['2002::', 16, 'ipv6']] },
];

const REFUSED_LISTS = REFUSED.map(({ kind, ranges }) => {
  const list = new BlockList();
  for (const [net, prefix, family] of ranges) list.addSubnet(net, prefix, family);
  return { kind, list };
});

/** An IP address's family, or null when `host` is a name. Brackets of a URL's IPv6 host are taken off. */
function familyOf(address: string): Family | null {
  const v = isIP(address);
  return v === 4 ? 'ipv4' : v === 6 ? 'ipv6' : null;
}

export const bareHost = (hostname: string) => (hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname);

/** "::ffff:7f00:1" and "::ffff:127.0.0.1" are 127.0.0.1: an IPv4-mapped address is judged as its IPv4 one. */
function unmapped(address: string): { address: string; family: Family } | null {
  const family = familyOf(address);
  if (family !== 'ipv6') return family ? { address, family } : null;
  const m = /^(?:0{0,4}:){0,5}:?ffff:(?:(\d+\.\d+\.\d+\.\d+)|([0-9a-f]{1,4}):([0-9a-f]{1,4}))$/i.exec(address);
  if (!m) return { address, family };
  if (m[1]) return { address: m[1], family: 'ipv4' };
  const hi = parseInt(m[2]!, 16);
  const lo = parseInt(m[3]!, 16);
  return { address: `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`, family: 'ipv4' };
}

export class AddressPolicy {
  private readonly names = new Set<string>();
  private readonly allowed = new BlockList();

  /** @param allow host names, addresses and CIDR ranges ("news.internal", "127.0.0.1", "10.0.0.0/8", "fd00::/8") */
  constructor(allow: readonly string[] = []) {
    for (const raw of allow) {
      const entry = bareHost(raw.trim().toLowerCase());
      if (!entry) continue;
      const [net, bits] = entry.split('/');
      const family = familyOf(net!);
      if (!family) {
        if (bits !== undefined) throw new SitrepError(ERROR_CODES.USAGE, `"${raw}" is neither a host name, an address nor a CIDR range`);
        this.names.add(entry.replace(/\.$/, ''));
        continue;
      }
      const prefix = bits === undefined ? (family === 'ipv4' ? 32 : 128) : Number(bits);
      if (!Number.isInteger(prefix) || prefix < 0 || prefix > (family === 'ipv4' ? 32 : 128)) {
        throw new SitrepError(ERROR_CODES.USAGE, `"${raw}": a prefix length of ${bits} does not fit an ${family === 'ipv4' ? 'IPv4' : 'IPv6'} address`);
      }
      this.allowed.addSubnet(net!, prefix, family);
    }
  }

  /** Whether the host was allowed by name: whatever it resolves to is fetched. */
  allowsName(hostname: string): boolean {
    return this.names.has(bareHost(hostname).toLowerCase().replace(/\.$/, ''));
  }

  /** Why an address is not fetched ("loopback", "private", ...), or null when it is. */
  refusal(address: string): string | null {
    const ip = unmapped(bareHost(address));
    if (!ip) return 'not an IP address';
    if (this.allowed.check(ip.address, ip.family)) return null;
    for (const { kind, list } of REFUSED_LISTS) if (list.check(ip.address, ip.family)) return kind;
    return null;
  }

  /** Throws the typed refusal when `address` (which `host` names or resolved to) is not fetched. */
  check(host: string, address: string): void {
    const why = this.refusal(address);
    if (why === null) return;
    const what = bareHost(host) === bareHost(address) ? address : `${host} (${address})`;
    throw new SitrepError(ERROR_CODES.REFUSED_ADDRESS, `${what} is a ${why} address, which sitrep does not fetch unless allowed (--allow-host)`, {
      host,
      address,
      kind: why,
      transient: false,
    });
  }
}

/** Whether `hostname` (of a URL) is an IP address rather than a name. */
export const isAddress = (hostname: string) => familyOf(bareHost(hostname)) !== null;
