/**
 * Which addresses the hub never calls (server-side request forgery): a subscriber could
 * otherwise make the hub send requests into the network it runs in, or to the instance metadata
 * service. The check applies to the IP addresses a callback's host resolves to, at subscription
 * time and again on every connection (see `shared/adapters/http/callback-client.ts`), so a name
 * that later resolves elsewhere (DNS rebinding) is refused too.
 */
import { BlockList, isIP } from 'node:net';

/** IPv4 ranges never called: RFC 6890 special-purpose blocks that are not the public Internet. */
const FORBIDDEN_IPV4: readonly Range[] = [
  ['0.0.0.0', 8, '"this network"'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'shared address space (carrier-grade NAT)'],
  ['169.254.0.0', 16, 'link-local (instance metadata)'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.0.2.0', 24, 'documentation'],
  ['192.88.99.0', 24, '6to4 relay'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
];

/** IPv6 ranges never called (IPv4-mapped addresses are checked as IPv4 by `BlockList`). */
const FORBIDDEN_IPV6: readonly Range[] = [
  ['::', 128, 'unspecified'],
  ['64:ff9b::', 96, 'NAT64 (may reach any IPv4 address)'],
  ['64:ff9b:1::', 48, 'local NAT64'],
  ['100::', 64, 'discard'],
  ['2001::', 23, 'IETF protocol assignments (Teredo included)'],
  ['2001:db8::', 32, 'documentation'],
  ['2002::', 16, '6to4 (may reach any IPv4 address)'],
  ['fc00::', 7, 'unique local (private; instance metadata at fd00:ec2::254)'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'site-local'],
  ['ff00::', 8, 'multicast'],
];

const LOOPBACK: readonly (readonly [string, number, 'ipv4' | 'ipv6'])[] = [
  ['127.0.0.0', 8, 'ipv4'],
  ['::1', 128, 'ipv6'],
];

type Range = readonly [network: string, prefix: number, reason: string];

/** One block list per range, so a match names its reason. */
function rangesOf(ranges: readonly Range[], type: 'ipv4' | 'ipv6') {
  return ranges.map(([network, prefix, reason]) => {
    const list = new BlockList();
    list.addSubnet(network, prefix, type);
    return { list, reason };
  });
}

const forbiddenV4 = rangesOf(FORBIDDEN_IPV4, 'ipv4');
const forbiddenV6 = rangesOf(FORBIDDEN_IPV6, 'ipv6');
const loopback = new BlockList();
for (const [network, prefix, type] of LOOPBACK) loopback.addSubnet(network, prefix, type);

/** Whether loopback addresses are allowed; everything else forbidden stays forbidden. */
export interface AddressPolicy {
  readonly allowLoopback: boolean;
}

/**
 * Says why the hub must not call an address.
 *
 * @param address - an IPv4 or IPv6 address (no brackets)
 * @param policy - whether loopback is allowed
 * @returns the reason, or null when the address is public
 * @example
 * forbiddenAddressReason('169.254.169.254', { allowLoopback: false }); // 'link-local (instance metadata)'
 * forbiddenAddressReason('93.184.216.34', { allowLoopback: false }); // null
 */
export function forbiddenAddressReason(address: string, policy: AddressPolicy): string | null {
  const version = isIP(address);
  if (version === 0) return 'not an IP address';
  const type = version === 4 ? 'ipv4' : 'ipv6';
  if (loopback.check(address, type)) return policy.allowLoopback ? null : 'loopback';
  // IPv4-mapped IPv6 (`::ffff:10.0.0.1`) is matched by the IPv4 rules.
  for (const { list, reason } of forbiddenV4) if (list.check(address, type)) return reason;
  if (type === 'ipv6') {
    for (const { list, reason } of forbiddenV6) if (list.check(address, 'ipv6')) return reason;
  }
  return null;
}

/**
 * The IP literal of a URL host, without IPv6 brackets.
 *
 * @param hostname - `URL.hostname`, e.g. `[::1]` or `127.0.0.1` or `example.com`
 * @returns the address, or null when the host is a name
 */
export function ipLiteralOf(hostname: string): string | null {
  const bare =
    hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  return isIP(bare) === 0 ? null : bare;
}
