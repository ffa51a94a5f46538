import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './support/test-table';

// Made-up sentences, not corpus text.
const MATCH: [string, string][] = [
  ['Spoke with Dr. Okonkwo about the plan.', 'Okonkwo'],
  ['dr halvorsen aware of the k of 5.2', 'halvorsen'],
  ['Mrs. Tessaro is resting comfortably.', 'Tessaro'],
  ['SON TEODOR CALLED FOR AN UPDATE', 'TEODOR'],
  ['daughter Bill called twice overnight', 'Bill'],
  ['HCP: Annika Virtanen, phone on chart', 'Annika'],
  ['Hi Mark, the budget meeting moved.', 'Mark'],
  ['Thanks,\nSarah', 'Sarah'],
  ['Brianna Castellanos, RN', 'Castellanos'],
  ['W. KOWALCZYK AWARE OF LABS', 'KOWALCZYK'],
  ['Drs Ferraro and Lindqvist saw the patient', 'Lindqvist'],
  ['Attendees: Novak, Jennifer; Patel, Ravi', 'Jennifer'],
  ['Per her husband milovan she fell at home.', 'milovan'],
  ['I met Halldóra Sigurðardóttir yesterday.', 'Sigurðardóttir'],
  ['The idea came from our founders: Dravecki, Johnson and Patel.', 'Dravecki'],
  ['I think Tomasz\'s plan is fine.', 'Tomasz'],
  ['Oruvel is from the Lisbon office.', 'Oruvel'],
  ['Please thank Amanda\'s husband for calling.', 'Amanda'],
];
const NO_MATCH: [string, string][] = [
  ['Pt will need a PICC line placed.', 'will'],
  ['We may visit next week.', 'may'],
  ['Please mark the chart and grant access.', 'mark'],
  ['A-line placed, Quinton catheter flushed.', 'Quinton'],
  ['SAT 98% on 2L NP. Lungs clear.', 'NP'],
  ['HR 80 SR. BP 120/80.', 'BP'],
  ['Dr aware of the results.', 'aware'],
  ["Sats in the 90's. Lungs coarse.", 'Lungs'],
  ['Son in to visit, wife called later.', 'wife called'],
  ['Hope you are well, the rose garden is open.', 'rose'],
  ['Aortic Valve Replacement planned.', 'Aortic Valve'],
  ['MS changes noted overnight.', 'changes'],
  ['Transferred to St. Mary Hospital.', 'Mary'],
  ['The meeting is in May.', 'May'],
  ['Bed 4 is ready, team notified.', 'team'],
  ['SKIN: Dsg\'s CDI. JP drain removed today', 'Dsg'],
  ['Pulm: Trach care done, lungs clear', 'Pulm'],
  ['Soc: husband and son in, updated', 'Soc'],
  ['Started Propofol, Versed and Fentanyl overnight.', 'Propofol'],
  ['Hi team, the Budget Review moved to Tuesday. Thanks, Sarah', 'Budget Review'],
  ['The Battery\'s charge is low, and Wisdom is rare.', 'Battery'],
  ['Nutrition: tube feeds at goal, Carevue updated', 'Carevue'],
  ['Mystery, Comedy and Adventure films are on sale.', 'Mystery'],
];

describe('name recognizer', () => {
  it.each(MATCH)('finds a name in %j', (text, expected) => expectFound(text, 'name', expected));
  it.each(NO_MATCH)('finds no name in %j', (text, fragment) => expectNotFound(text, 'name', fragment));
});
