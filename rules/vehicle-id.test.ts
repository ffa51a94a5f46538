import { describe, expect, it } from 'vitest';
import { scan } from '../lib/detect/scan';
import { vehicleId } from './vehicle-id';
import { reported } from './validators/testing';

const found = (text: string) => reported(vehicleId, text).map((m) => m.text);

describe('vehicle-id recognizer', () => {
  it.each([
    ['Towed after 1/6: plates KHT-4471 and JDR-9032, please move them.', 'JDR-9032'],
    ['plates KHT-4471, JDR-9032 and 7ABC123 towed', '7ABC123'],
    ['1M8GDM9AXKP042788', '1M8GDM9AXKP042788'],
    ['VIN: WVWZZZ1JZXW000001', 'WVWZZZ1JZXW000001'],
    ['license plate 7ABC123', '7ABC123'],
    ['plate # ABC-1234', 'ABC-1234'],
  ])('finds %j', (text, value) => {
    expect(found(text)).toContain(value);
  });

  it.each([
    ['the plates are in the cafeteria and 12 cups too'],
    ['paper plates, 40 cups and forks'],
    ['1M8GDM9A1KP042788'],
    ['ABCDEFGHJKLMNPRST'],
    ['12345678901234567'],
    ['plate count 2 on smear'],
    ['registration 12-05-2019'],
    ['Order ZX123 shipped'],
    ['platelets 245'],
  ])('ignores %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('reports a VIN through scan()', () => {
    const finding = scan('Accident report: vehicle VIN 1M8GDM9AXKP042788').findings.find((f) => f.type === 'vehicle_id');
    expect(finding?.text).toBe('1M8GDM9AXKP042788');
  });
});
