import { describe, expect, it } from 'vitest';
import { scan } from '../lib/detect/scan';
import { ipAddress, ipv6Valid } from './ip-address';
import { reported } from './validators/testing';

const found = (text: string) => reported(ipAddress, text).map((m) => m.text);

describe('ip-address recognizer', () => {
  it.each([
    ['my ip: 192.168.0.1', '192.168.0.1'],
    ['IP: 192.168.1.1.', '192.168.1.1'],
    ['Subnet: 192.168.1.0/24', '192.168.1.0/24'],
    ['10.0.0.0/123', '10.0.0.0'],
    ['my ip: ::1', '::1'],
    ['fe80::1%eth0', 'fe80::1%eth0'],
    ['Connect to [2001:db8::1]:8080', '2001:db8::1'],
    ['684D:1111:222:3333:4444:5555:6:77', '684D:1111:222:3333:4444:5555:6:77'],
    ['::ffff:192.0.2.1', '::ffff:192.0.2.1'],
    ['Prefix: 2001:db8::/32.', '2001:db8::/32'],
    ['2001:db8::/9999', '2001:db8::'],
    ['after the update, ip 10.1.2.3', '10.1.2.3'],
  ])('finds %j', (text, value) => {
    expect(found(text)).toContain(value);
  });

  it.each([
    ['my ip: 192.168.0'],
    ['256.256.256.256'],
    ['192.168.1.256'],
    ['text192.168.1.1'],
    ['684D:1111:222:3333:4444:5555:77'],
    ['MAC address aa:bb:cc:dd:ee:ff'],
    ['Time 12:34:56'],
    ['Ratio 1:2:3:4'],
    ['Port 80:443'],
    ['std::cout and MyClass::toString'],
    [':::'],
    ['2001::db8::1'],
    ['fe80::1text'],
    ['ABG 80/48/7.45.34.7 on these settings'],
    ['Version 1.2.3'],
    ['Version 1.2.3.4'],
    ['firmware: 10.4.0.12 installed'],
    ['build 10.0.0.1'],
    ['::ffff:256.0.0.1'],
    ['Ratio 1:2:3:4:5:6:7:8'],
  ])('ignores %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['::', true], ['::1', true], ['1:2:3:4:5:6:7:8', true], ['1:2:3:4:5:6:7', false], ['1::2::3', false],
    ['::ffff:10.0.0.1', true], ['10.0.0.1::1', false], ['12345::1', false],
  ])('ipv6Valid(%j) = %s', (value, expected) => {
    expect(ipv6Valid(value)).toBe(expected);
  });

  it('reports IPv4 through scan()', () => {
    const findings = scan('keep getting address 41.173.96.26 blocked').findings;
    expect(findings.find((f) => f.type === 'ip_address')?.text).toBe('41.173.96.26');
  });
});
