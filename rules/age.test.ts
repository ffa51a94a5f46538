import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './support/test-table';

const MATCH: [string, string][] = [
  ['92 yo woman with CHF', '92 yo'],
  ['She is aged 94 and lives alone', 'aged 94'],
  ['A 98 year old man fell', '98 year old'],
  ['101-year-old patient', '101-year-old'],
  ['THIS IS A 91 YR OLD MALE', '91 YR OLD'],
  ['a ninety-two year old woman', 'ninety-two year old'],
  ['she is in her 90s and independent', 'her 90s'],
  ['see flowsheet for objective data\n\n98 s/p left hip fx with CHF', '98'],
  ['Pt is 93 s/p fall at home', '93'],
  ['This is a 93F with CHF and AF', '93F'],
  ['a 91 M s/p fall, on coumadin', '91 M'],
  ['She is 92 and lives alone', '92'],
  ['A frail nonagenarian with dementia', 'nonagenarian'],
  ["Mrs. Nowak (she's 91, on warfarin) is coming in", '91'],
  ['She’s 90 and hard of hearing', '90'],
  ['Mom turned 95 in May; she fell last week.', '95'],
  ['my father is 93 and on dialysis', '93'],
  ['He turned 91 on October 9 and our kids are visiting', '91'],
  ["My father Kenji Tanaka is 90 now and his Parkinson's is worse", '90'],
  // an age said before its person, a birthday
  ['he said, with that grin, that at 94 he had outlived three doctors', '94'],
  ['at 96, she still drives to church', '96'],
  ['Dad turned 94 last week.', '94'],
  // a past age said of him
  ['He died at home on July 9. He was 91, and our team still talks about him', '91'],
  // a sentence opening on the age
  ['No more chemo. At 91, and given how much the delirium has cost her', '91'],
  ['At 93, despite the fall, she walks daily.', '93'],
];
const NO_MATCH: [string, string][] = [
  ['85 yo man with COPD', '85 yo'],
  ['The census is 92 now.', '92'],
  ['pt sat is 95, HR 80', '95'],
  ['pt is 95 on 2L NC', '95'],
  ['My father Kenji Tanaka is 88 now', '88'],
  ['aged 89 at admission', 'aged 89'],
  ['Sats in the 90s on 2L', 'the 90s'],
  ['HR 92, BP 130/70', '92'],
  ['Room 98, bed 2', '98'],
  ['Gave 95 mg IV', '95'],
  ['25 year old patient', '25 year old'],
  ['over 90 years the hospital grew', '90 years'],
  ['Sats 98 s/p suctioning', '98'],
  ['\n100 s/p 2 units PRBC, recheck', '100'],
  ['\n85 s/p left hip fx', '85'],
  ['HR 92 s/p metoprolol', '92'],
  ['T 101 F with chills', '101'],
  ['Tmax 100.4 F overnight', '100.4'],
  ['Sat is 95, on 2L', '95'],
  ['Pt is 100% on NRB', '100'],
  ['He is 98.6 afebrile', '98'],
  ['a 85F with CHF', '85F'],
  ["She's 90% sure the refill went through", '90'],
  ["He's 100 percent better", '100'],
  ["She's 89 and on warfarin", '89'],
  ["Mom's 95 pounds now", '95'],
  ['The team turned 95 charts around today.', '95'],
  ["dad's 92 Buick is in the shop", '92'],
  // an age said before its person, a birthday
  ['sats at 95 she was fine on room air', '95'],
  ['pt at 95 he was on 2L', '95'],
  ['At 98 degrees he felt fine', '98'],
  // a past age said of him
  ['HR was 95, and stable overnight', '95'],
  // a sentence opening on the age
  ['Set the pump at 95, then recheck.', '95'],
  ['At 90, the line alarms.', '90'],
];

describe('age-over-89 recognizer', () => {
  it.each(MATCH)('finds an age over 89 in %j', (text, expected) => expectFound(text, 'age_over_89', expected));
  it.each(NO_MATCH)('finds no age over 89 in %j', (text, fragment) => expectNotFound(text, 'age_over_89', fragment));
});
