import { describe, expect, it } from 'vitest';
import { scan } from '../lib/detect/scan';
import { healthPlanId } from './health-plan-id';
import { reported } from './validators/testing';

const found = (text: string) => reported(healthPlanId, text).map((m) => m.text);

describe('health-plan-id recognizer', () => {
  it.each([
    ['Insurance is BCBS XJH60213388. Do I need a referral?', 'XJH60213388'],
    ['Rx# 6604127 Ins: UHC 918-442-0071 Pt says', '918-442-0071'],
    ['Member ID: XQH447120935 Group: 88213 DOB: 01/30/1971', '88213'],
    ['Medicaid ID (suspended until release): KY0093312457', 'KY0093312457'],
    ['Medicaid ID OH-MCD 119847302 for the broker auth', '119847302'],
    ['primary Medicare 1EG4TE5MK73, secondary MEB 4471098', '4471098'],
    ['1EG4-TE5-MK73', '1EG4-TE5-MK73'],
    ['1EG4TE5MK73', '1EG4TE5MK73'],
    ['1eg4-te5-mk73', '1eg4-te5-mk73'],
    ['The MBI is 4EF6GH8JK12 for this patient', '4EF6GH8JK12'],
    ['Member ID: W123456789', 'W123456789'],
    ['subscriber # XYZ884512', 'XYZ884512'],
    ['Group number 004512', '004512'],
    ['Medicare claim number 234567891A', '234567891A'],
    ['Member Darnell Hughes, ID UHX55102938. Requesting coverage', 'UHX55102938'],
    ['Prior authorization: Humira for Naomi Feld (ID 88310-4472).', '88310-4472'],
    ['Insurance: Aetna PPO\nID# W88124409', 'W88124409'],
    ['Member ID W88124409', 'W88124409'],
    ['for Beatriz Santos, member W772140833.', 'W772140833'],
    ['policy 8812-4471 renewed', '8812-4471'],
    ['Member number 4471', '4471'],
    ['BCBS ID XYZ123456789', 'XYZ123456789'],
    // a state Medicaid program by its own name; a value in parentheses after its label
    ['MaineCare ID MC4471920X. Daughter asked', 'MC4471920X'],
    ['call and have your member ID (GMU330918274) ready', 'GMU330918274'],
    // "on file" between the label and the value
    ['Member ID on file XHN992017744. Call me at 412-555-0131', 'XHN992017744'],
    // a card's prefix and number split by a space; where the number was read (fresh44-47)
    ['Member ID on the card is NTE 4418-2260-01, subscriber is me.', 'NTE 4418-2260-01'],
    // a plan's member named, then her number (fresh71)
    ['member Emmanuel Okonkwo-Reyes MA 70032816 missed dialysis tues', 'MA 70032816'],
    ['for member Gertrude Ambrose-Levy (MA-20077451), billed CPT 27447', 'MA-20077451'],
    ['| Member ID | BKH-660291847 |', 'BKH-660291847'],
  ])('finds %j', (text, value) => {
    expect(found(text)).toContain(value);
  });

  it.each([
    ['Member services line 1-877-555-0110, option 2'],
    ['Member ID is the one on the front'],
    ['Study Group: 4410 meets in room 2'],
    ['Group: 2024 planning retreat'],
    ['The plan is primary care first, secondary review later'],
    ['Insurance is BCBS; call them at the number on the card'],
    ['Our secondary MEB meeting is at 10'],
    ['1SG4-TE5-MK73'],
    ['1EG4-LE5-MK73'],
    ['1EG4-TE5-OK73'],
    ['AEG4-TE5-MK73'],
    ['1EG4TE5MK7'],
    ['1EG4TE5MK734'],
    ['1EG4-TE5MK73'],
    ['family member visited today'],
    ['group therapy at 1400'],
    ['per policy 2019'],
    ['123456789A'],
    ['Medicare claim number 000456789A'],
    ['Member Jo Park, employee ID 448812'], // compound label: an employee id
    ['Insurance card scanned. Patient ID 4471823'], // compound label: the patient id
    ['Visitor badge ready, ID 4471823'], // no insurance word
    ['Member Jo Park, ID 12/05/2019'], // a date
    ['Member Jo Park, ID TMAX-99'], // fewer than three digits
    ['Member 4471 of the club'], // a bare plan word needs five digits
    ['policy 2024-17 updated'], // year-serial document number
    ['subscriber 2019-004 notice'], // year-serial document number
    ['MaineCare covers 400,000 people in the state.'],
    ['Member (see card) services line'],
    ['Member ID on file for everyone by Friday, please'],
    ['Member Services Team Lead 5551234'],
    ['member of the Quality Council since 2019'],
  ])('ignores %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['BCBS ID XYZ123456789', 'XYZ123456789'],
    ['Member ID: W123456789', 'W123456789'],
    ['Member Darnell Hughes, ID UHX55102938.', 'UHX55102938'],
  ])('scan() types %j as health_plan_id, not other_id', (text, value) => {
    const ids = scan(text).findings.filter((f) => f.category === 'identifier' && f.text === value);
    expect(ids.map((f) => f.type)).toEqual(['health_plan_id']);
  });

  it('reports an MBI through scan()', () => {
    const finding = scan('Medicare ID: 3CD5-FG7-HJ89').findings.find((f) => f.type === 'health_plan_id');
    expect(finding?.text).toBe('3CD5-FG7-HJ89');
  });
});
