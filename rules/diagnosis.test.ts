import { describe, expect, it } from 'vitest';
import { diagnosis, isPlausibleIcd10 } from './diagnosis';
import { recognizerTable } from './lexicons/health/table';

describe('diagnosis recognizer', () => {
  recognizerTable(diagnosis, [
    ['Hx of CHF and COPD.', 'CHF'],
    ['Hx of CHF and COPD.', 'COPD'],
    ['Labs consistent with CKD 3a.', 'CKD 3a'],
    ['Known CKD stage IV, on dialysis.', 'CKD stage IV'],
    ['PMH: DM2, HTN, HLD.', 'DM2'],
    ['PMH: DM2, HTN, HLD.', 'HTN'],
    ['new afib on telemetry', 'afib'],
    ['She has A-fib.', 'A-fib'],
    ['CAD s/p stent', 'CAD'],
    ['Dx: E11.9 and I50.22', 'E11.9'],
    ['coded as F32.A today', 'F32.A'],
    ['Long-term insulin use Z79.4.', 'Z79.4'],
    ['ICD-10: I10', 'I10'],
    ['Type 2 diabetes, poorly controlled', 'Type 2 diabetes'],
    ['history of type II diabetes', 'type II diabetes'],
    ['admitted with congestive heart failure', 'congestive heart failure'],
    ["Crohn's disease flare", "Crohn's disease"],
    ['Dx PE on CTA', 'PE'],
  ], [
    'The cad left without paying.',
    'Room A12 is on the second floor.',
    'Take vitamin B12 with breakfast.',
    'Upgrade to version E11.9.2 tonight.',
    'Will you cover my shift?',
    'We need a PE teacher for the fall.',
    'Install MS Office on the new laptops.',
    'Ship it to CA by Friday.',
    'The chf value in the spreadsheet is wrong.',
    'Her A1c was high.',
    'Flight AA123 lands at 5.',
    'Part number X12 is back-ordered.',
    'Our diabetic-friendly menu launches Monday.',
    'Positive feedback from the team.',
    'Call extension A100 for help.',
    'The copd folder is in the shared drive.',
    'The RA on call tonight is Jamie.',
    'Meet in room C4A-2.',
  ]);

  it.each([
    ['E11.9', true], ['F32.A', true], ['S72.001A', true], ['C4A.9', true], ['E1A.9', false], ['Z79.4', true],
  ] as const)('ICD-10 structure of %s is plausible: %s', (code, ok) => {
    expect(isPlausibleIcd10(code)).toBe(ok);
  });
});
