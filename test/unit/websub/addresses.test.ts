import { describe, expect, it } from 'vitest';
import { forbiddenAddressReason, ipLiteralOf } from '../../../shared/websub/addresses.ts';

const onAws = { allowLoopback: false };
const locally = { allowLoopback: true };

describe('forbiddenAddressReason', () => {
  it.each([
    ['169.254.169.254', 'link-local (instance metadata)'],
    ['fd00:ec2::254', 'unique local (private; instance metadata at fd00:ec2::254)'],
    ['10.1.2.3', 'private'],
    ['172.31.0.2', 'private'],
    ['192.168.1.1', 'private'],
    ['100.100.100.200', 'shared address space (carrier-grade NAT)'],
    ['0.0.0.0', '"this network"'],
    ['fe80::1', 'link-local'],
    ['::', 'unspecified'],
    ['224.0.0.1', 'multicast'],
  ])('refuses %s as %s, on AWS and locally', (address, reason) => {
    expect(forbiddenAddressReason(address, onAws)).toBe(reason);
    expect(forbiddenAddressReason(address, locally)).toBe(reason);
  });

  it('refuses IPv4 addresses written as IPv4-mapped IPv6 by the IPv4 rules', () => {
    expect(forbiddenAddressReason('::ffff:10.0.0.1', onAws)).toBe('private');
    expect(forbiddenAddressReason('::ffff:a9fe:a9fe', onAws)).toBe(
      'link-local (instance metadata)',
    );
    expect(forbiddenAddressReason('::ffff:127.0.0.1', onAws)).toBe('loopback');
  });

  it('refuses loopback on AWS and allows it locally', () => {
    for (const address of ['127.0.0.1', '127.8.9.10', '::1']) {
      expect(forbiddenAddressReason(address, onAws)).toBe('loopback');
      expect(forbiddenAddressReason(address, locally)).toBeNull();
    }
  });

  it('allows public addresses', () => {
    for (const address of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111']) {
      expect(forbiddenAddressReason(address, onAws)).toBeNull();
    }
  });

  it('refuses what is not an IP address', () => {
    expect(forbiddenAddressReason('example.com', onAws)).toBe('not an IP address');
  });
});

describe('ipLiteralOf', () => {
  it('takes the brackets off an IPv6 host and leaves names alone', () => {
    expect(ipLiteralOf('[::1]')).toBe('::1');
    expect(ipLiteralOf('127.0.0.1')).toBe('127.0.0.1');
    expect(ipLiteralOf('sub.example.com')).toBeNull();
  });
});
