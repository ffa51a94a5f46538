/** DEA registration number: two letters + 7 digits; (d1+d3+d5) + 2*(d2+d4+d6) ends in d7. */
export function deaValid(value: string): boolean {
  const m = /^([ABCDEFGHJKLMPRSTUX])([A-Z9])(\d{7})$/i.exec(value);
  if (!m) return false;
  const d = m[3]!.split('').map(Number);
  const total = d[0]! + d[2]! + d[4]! + 2 * (d[1]! + d[3]! + d[5]!);
  return total % 10 === d[6];
}

const VIN_VALUE: Record<string, number> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9, S: 2, T: 3,
  U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};
const VIN_WEIGHT = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** North American VIN check digit (position 9, 'X' for 10), per 49 CFR 565. */
export function vinCheckDigitValid(value: string): boolean {
  const vin = value.toUpperCase();
  if (!/^[A-HJ-NPR-Z0-9]{17}$/.test(vin)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = vin[i]!;
    const v = c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : VIN_VALUE[c]!;
    sum += v * VIN_WEIGHT[i]!;
  }
  const check = sum % 11;
  return vin[8] === (check === 10 ? 'X' : String(check));
}

/** GS1 mod-10 check digit (GTIN-8/12/13/14 inside a UDI): weights 3,1 from the right, excluding the check digit. */
export function gtinValid(value: string): boolean {
  if (!/^\d{8,14}$/.test(value)) return false;
  let sum = 0;
  for (let i = value.length - 2, w = 3; i >= 0; i--, w = w === 3 ? 1 : 3) sum += (value.charCodeAt(i) - 48) * w;
  return (10 - (sum % 10)) % 10 === value.charCodeAt(value.length - 1) - 48;
}

/**
 * SSNs that pass the structure rules but were published, so they are samples, not a person's number:
 * - 078-05-1120: the sample card in E. H. Ferree/Woolworth wallets (1938), later voided by the SSA;
 * - 219-09-9999: the sample card in the SSA's own promotional pamphlet (1940);
 * - 123-45-6789: the universal form placeholder (Presidio rejects it too).
 * (The SSA's advertising block 987-65-4320..4329 is already excluded by the 9xx area rule.)
 */
export const PUBLISHED_SAMPLE_SSNS: ReadonlySet<string> = new Set(['078051120', '219099999', '123456789']);

/** SSN structure: area not 000/666/9xx, group not 00, serial not 0000 (SSA POMS RM 10201.035), not one digit repeated,
 * and not a published sample (PUBLISHED_SAMPLE_SSNS). `digits` is the bare 9 digits. */
export function ssnStructureValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const area = digits.slice(0, 3);
  if (area === '000' || area === '666' || area[0] === '9') return false;
  if (digits.slice(3, 5) === '00' || digits.slice(5) === '0000') return false;
  return !/^(\d)\1{8}$/.test(digits) && !PUBLISHED_SAMPLE_SSNS.has(digits);
}

/** ITIN: 9xx, group 50-65, 70-88, 90-92 or 94-99 (IRS). */
export function itinStructureValid(digits: string): boolean {
  if (!/^9\d{8}$/.test(digits)) return false;
  const group = Number(digits.slice(3, 5));
  return (group >= 50 && group <= 65) || (group >= 70 && group <= 88) || (group >= 90 && group <= 92) || group >= 94;
}
