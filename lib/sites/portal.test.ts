import { describe, expect, it } from 'vitest';
import { patientFromLabel, patientNameFrom } from './portal';

describe('the thread patient from a portal label', () => {
  it.each<[string, string | undefined]>([
    ['Patient: Maria Lopez', 'Maria Lopez'],
    ['Patient name: LOPEZ, MARIA (DOB 04/12/1961)', 'LOPEZ, MARIA'],
    ['Patient: Maria Lopez · MRN 00482913', 'Maria Lopez'],
    ['Patient: Maria Lopez DOB 04/12/1961', 'Maria Lopez'],
    ['Patient: Ms. María García-Lopez', 'Ms. María García-Lopez'],
    ["Patient: Sean O'Neil Jr.", "Sean O'Neil Jr."],
    ['Patient: Maria J. Lopez | Age 63', 'Maria J. Lopez'],
    ['Re: echo results — Patient: Maria Lopez', 'Maria Lopez'],
    ['Patient’s name: Maria Lopez', 'Maria Lopez'],
    ["Patient's name: Maria Lopez", 'Maria Lopez'],
    // No name after the label, or no label at all.
    ['Patient: 00482913', undefined],
    ['Patient: ', undefined],
    ['Patient portal', undefined],
    ['Patient education: heart failure', undefined], // another label that starts with "Patient"
    ['Maria Lopez', undefined],
  ])('%s → %s', (text, name) => expect(patientFromLabel(text)).toBe(name));

  it.each<[string, string | undefined]>([
    ['Maria Lopez', 'Maria Lopez'], ['Maria Lopez.', 'Maria Lopez'], ['Lopez, Maria', 'Lopez, Maria'],
    ['Maria Lopez 04/12/1961', 'Maria Lopez'], ['A B C D E F G', undefined], ['Ann Bea Cid Dee Eve Fay', 'Ann Bea Cid Dee Eve'], ['', undefined],
  ])('patientNameFrom(%j) → %s', (value, name) => expect(patientNameFrom(value)).toBe(name));
});
