import { describe, expect, it } from 'vitest';
import { scan } from '../lib/detect/scan';
import { otherId } from './other-id';
import { reported } from './validators/testing';

const found = (text: string) => reported(otherId, text).map((m) => m.text);

describe('other-id recognizer', () => {
  it.each([
    ['tacrolimus trough (DOB 8/30/1979, req REQ# 4417-9920)', '4417-9920'],
    ['Booking #: MCJ-554190 Location: County Jail', 'MCJ-554190'],
    // a plural label before a list: the first value (the rest share its shape, see support/same-shape.ts)
    ['Claim #s: 25014-88301, 25021-88417, 25028-88522', '25014-88301'],
    // a long referral number (VA community care)
    ['Referral #: VA0626-CC-2025-0448193 SEOC: Orthopedics', 'VA0626-CC-2025-0448193'],
    ['911-70-1234', '911-70-1234'],
    ['911-701234', '911-701234'],
    ['ITIN 911701234', '911701234'],
    ['A12803456', 'A12803456'],
    ['my travel passport is 912803456', '912803456'],
    ['ID #: 44-88123', '44-88123'],
    ['ref # 8336652', '8336652'],
    ['Visitor badge ready, ID 4471823', '4471823'],
    ['Member Jo Park, employee ID 448812', '448812'],
    ['portal user ID 4471882', '4471882'],
    ['911701234', '911701234'],
    ['912803456\n', '912803456'],
    ['upper endoscopy on 01/16/2025 (claim CLM2025011600473)', 'CLM2025011600473'],
    ['Accession GX-4471902 Result: pathogenic variant', 'GX-4471902'],
    ['Specimen #: 24-SP-118823', '24-SP-118823'],
    ['prior auth # PA7781204 approved', 'PA7781204'],
    ['refill of Rx #6104827 at the Main St store', '6104827'],
    ['Prescription number: 4471-2290', '4471-2290'],
    ['Prior claim reference: CLM-2025-0448136 Prescriber', 'CLM-2025-0448136'],
    ['Filter card no. 25-1187340 State newborn screen', '25-1187340'],
    // a safety event, a records request, a custody form, a voucher, an interpreter
    ['fall w/ hip fx, 6 East - event #SE-25-0917 - CONFIDENTIAL', 'SE-25-0917'],
    ['has been logged under request # ROI-558201.', 'ROI-558201'],
    ['for the antibiotic, voucher # CV-1182. PDMP checked', 'CV-1182'],
    ['collected 3/4, CCF # 0193846572) was verified', '0193846572'],
    ['(Portuguese interpreter #40718 used)', '40718'],
    ['PA Determination - Case PA-7730918 - additional info', 'PA-7730918'],
    ['Incident PRIV-2025-0318 – misdirected fax', 'PRIV-2025-0318'],
    ['SAE report – Subj TXT-0147 – hospitalization', 'TXT-0147'],
    ['AMENDED REPORT - S25-14872 - please notify', 'S25-14872'],
    // a bill, an accession, an authorization and a claim's document control number
    ['Copy fee invoice ROI-558210 is attached', 'ROI-558210'],
    ['Acct # LLV-008812 Invoice # INV-2025-04417 Due 05/15/2025', 'INV-2025-04417'],
    ['MRN RB-0052260 Acc# LC-25-275-08831 collected 10/02/2025', 'LC-25-275-08831'],
    ['Request - Tanaka, Hiroshi - Auth SNF-2025-0771346', 'SNF-2025-0771346'],
    ['ICN: A0093817 DCN: 21925300481207 Stmt period', '21925300481207'],
    // a bare Rx before a pharmacy number; a study subject
    ['bill denied - WC claimant - Rx 6620931 Dr. Ortega', '6620931'],
    ['(MRN 46651029, study subject 017-0093) until confirmed', '017-0093'],
    // plural claims and a lab's accession shorthand
    ['Claims CLM-25-4471908 (DOS 05/06/2025) were denied', 'CLM-25-4471908'],
    ['NGUYEN, THANH VAN - acc PHL-25-118447', 'PHL-25-118447'],
    // a reference filed by year and a service desk's ticket, with no label before them (fresh70/71)
    ['Subject: Appeal APL-2025-07719 - reconsideration decision', 'APL-2025-07719'],
    ['Prior authorization request PA-2025-0318842', 'PA-2025-0318842'],
    ['Subject: INC0048812 – Fetal monitoring central station down', 'INC0048812'],
    ['Change CHG-0031207 has been rolled back', 'CHG-0031207'],
    // a two-digit year and a serial; prior auth, appeal and trip labels
    ['2nd level appeal APL-25-003187 - Hollis, Margaret', 'APL-25-003187'],
    ['Ref # from phone call: PA-24-0917-3362 Contact: Keisha Tran', 'PA-24-0917-3362'],
    ['Rx #: 6620418 PA #: PA-55102877, expires 8/31/2025', 'PA-55102877'],
    ['broker confirmed, trip IDs TR-558102 (to) and TR-558103 (return)', 'TR-558102'],
    // a prisoner's Department of Corrections number, an offender's id
    ['Vasquez-Treadwell DOC# 448213 sent out 1540 to the ED', '448213'],
    ['offender ID 22-1187, sick call slip', '22-1187'],
    // an ambulance run and a research protocol filed under their year; an IRB number; a return authorization; a
    // temporary detention order
    ['Subject: RE: denial on run 25-004417', '25-004417'],
    ['Continuing review for Protocol 2024-0117 is due January 9, 2026.', '2024-0117'],
    ['The SURROGATE-ICU study (IRB #2025-0418, PI Dr. Altenburg)', '2025-0418'],
    ['approved under warranty, RMA RMA-88213. Please send the processor', 'RMA-88213'],
    ['Age/DOB: 16, 11/02/2008 TDO #: TDO-25-1187, issued 06/11/2025', 'TDO-25-1187'],
    // orders, tickets, quotes, grievances
    ['Subject: Support ticket VL-339201 - gaps in readings', 'VL-339201'],
    ['Facilities work order WO-661902 for the room 504 sling', 'WO-661902'],
    ['Re: Grievance GRV-25-1488\nDear Mr. Wierzbicki,', 'GRV-25-1488'],
    ['Accessions: A25-118804, A25-118811, A25-118823', 'A25-118804'],
  ])('finds %j', (text, value) => {
    expect(found(text)).toContain(value);
  });

  it.each([
    ['Please req the new chairs by Friday'],
    ['Booking the room for 3 pm'],
    ['Claims submitted this month: 412'],
    ['Referral # pending from the VA'],
    ['Badge ID (see HR): pending'],
    ['the event # is on the flyer'],
    ['request #2 is below'],
    ['in case 2024 is busy'],
    ['case 3 of 10 was reviewed'],
    ['invoice 2 of 3 is attached'],
    ['Rx 1000000 units heparin'],
    ['Rx: 250000 mcg vitamin'],
    ['the invoice for week ending 11/9'],
    ['Auth required for MRI'],
    ['authorization 2 weeks ago'],
    ['voucher for parking at the front desk'],
    ['911-89-1234'],
    ['my tax id 911-89-1234'],
    ['total 911701234 records'], // bare, inside a sentence
    ['911891234'], // alone, but group 89 is no ITIN group
    ['900001234'], // alone, group 00
    ['ID: TMAX-99'],
    ['ID consult recommends vanco'],
    ['fluid intake 1200 ml'],
    ['Santa Monica, CA 91170-1234'],
    ['a12803456'],
    ['ref 12/05/2019'],
    ['passport expired'],
    ['order #91170-1234 shipped'],
    ['Member Darnell Hughes, ID UHX55102938'], // left to health-plan-id
    ['BCBS ID XYZ123456789'], // left to health-plan-id
    ['Member ID: W123456789'], // left to health-plan-id
    ['Meeting ID 81233456678'],
    ['Ticket ID 48213 is open'],
    ['Your order ID 112-4471823-5521190 has shipped'],
    ['webinar session ID: 77812 at noon'],
    ['your confirmation ID is 8841-2271'],
    ['the claim was denied twice'],
    ['claim 2 of 3 resubmitted'],
    ['accession pending, will send'],
    ['Specimen # not on the tube'],
    ['claim filed 12/05/2024'],
    ['Requisition form is attached'],
    ['Rx: aspirin 325 mg daily'],
    ['Rx 500 mg amoxicillin'],
    ['See reference 12 in the paper.'],
    ['For reference: the policy from last year.'],
    ['FW: denied claims - H0020 - Aug/Sep'],
    ['acc to the new policy, due Friday'],
    // a year range, a form's revision, a ticket prefix with too few digits, a word that starts like one
    ['Budget FY-2025-2026 approved'],
    ['Form HR-2025-A revision'],
    ['INC12345 was a test'],
    ['INCOME2025 report'],
    // a form's or a model's number is no year and serial
    ['per CMS-10-114 and the XR-20-44 pump'],
    ['the PA will see her at 3'],
    // a document's number has letters
    ['is in the education library, doc #ED-TX-114, English and Spanish'],
    // a run of miles, a protocol's version; a run without a year's dash
    ['we run 1500 ml over the shift'],
    ['Protocol v4 to v5 adds the optional sub-study'],
    ['run 4417 was a test'],
  ])('ignores %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('reports a passport number through scan()', () => {
    const finding = scan('Passport number: X12345678, expires next year').findings.find((f) => f.type === 'other_id');
    expect(finding?.text).toBe('X12345678');
  });
});
