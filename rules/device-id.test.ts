import { describe, expect, it } from 'vitest';
import { scan } from '../lib/detect/scan';
import { deviceId } from './device-id';
import { reported } from './validators/testing';

const found = (text: string) => reported(deviceId, text).map((m) => m.text);

describe('device-id recognizer', () => {
  it.each([
    ['UDI (01)00614141999996(17)250101(21)A1B2C3', '(01)00614141999996(17)250101(21)A1B2C3'],
    ['pacemaker serial number PJN123456', 'PJN123456'],
    ['S/N: 4471-AX-9', '4471-AX-9'],
    ['BTE aids (Phonak Naida, serials 2219X0457 L / 2219X0462 R)', '2219X0457'],
    ['IMEI 490154203237518', '490154203237518'],
    ['+H123PROD1234567/$$3251231L', '+H123PROD1234567/$$3251231L'],
    // the device named between the label and the value
    ['Serial on his controller is OP5-2291-7730 if you need it', 'OP5-2291-7730'],
    ['The serial on his VNS card is AS-106-44719', 'AS-106-44719'],
    ['The serial on the battery door says 2214-87731-L. Also', '2214-87731-L'],
    // one value per side after a serial label
    ['Serials on file: L 2308-55120, R 2308-55121', '2308-55120'],
    ['Serials on file: L 2308-55120, R 2308-55121', '2308-55121'],
    ['Processor serials L SP9-L-77140 / R SP9-R-77141 were registered', 'SP9-R-77141'],
  ])('finds %j', (text, value) => {
    expect(found(text)).toContain(value);
  });

  it.each([
    ['(01)00614141999997'],
    ['490154203237519'],
    ['serial blood cultures x2'],
    ['serial exams 2019'],
    ['serials were reviewed by biomed'],
    ['SN stable, no changes'],
    ['+ABCDEFGH'],
    ['Order 12345678 shipped'],
    ['the serial on the back of the form is blank'],
    ['Serial on the badge printer is misaligned'],
    ['Serial numbers for the left room 4 chairs are pending'],
    ['Serials: left chair 4, right chair 5'],
    ['Serial exams: L 2 views, R 3 views'],
    ['serial labs R 12/4'],
  ])('ignores %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('reports a serial number through scan()', () => {
    const finding = scan('Pump serial number PJN123456 was replaced').findings.find((f) => f.type === 'device_id');
    expect(finding?.text).toBe('PJN123456');
  });
});
