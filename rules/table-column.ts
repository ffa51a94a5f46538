import type { FindingType } from '../lib/detect/types';
import type { RawMatch, Recognizer } from './types';
import { NAME_CELL, tablesIn, type TableCell } from './support/tables';

/**
 * What a column's header says its cells hold. A bare number under "MRN" or "Screen#" is an identifier that no
 * cue beside it announces: the header above is its label.
 */
const HEADER_TYPES: [RegExp, FindingType][] = [
  [/^(?:mrn|mr ?#|med(?:ical)? ?rec(?:ord)?(?: ?(?:#|no\.?|number))?|chart ?(?:#|no\.?|number)?|hosp(?:ital)? ?(?:#|no\.?))$/i, 'mrn'],
  [/^(?:acct|account|hospital account|encounter|fin|har)(?: ?(?:#|no\.?|number))?$/i, 'account_number'],
  [/^(?:member|subscriber|policy|medicaid|medicare|mbi|insurance)(?: ?(?:id|#|no\.?|number))$|^mbi$/i, 'health_plan_id'],
  [/^(?:screen|screening|study|subject|participant|enrollment|randomization|case|referral|claim|auth(?:orization)?)(?: ?(?:id|#|no\.?|number))$/i, 'other_id'],
  [/^(?:ssn|social security(?: ?(?:#|no\.?|number))?)$/i, 'ssn'],
  [/^(?:phone|tel|telephone|cell|mobile|contact (?:phone|number)|home phone)(?: ?(?:#|no\.?|number))?$/i, 'phone'],
  [/^(?:patient|patient name|pt|pt name|name|resident|client|member name|subscriber name|participant name|child|student|owner|employee|driver)$/i, 'name'],
  [/^(?:plate|plates|plate #|license plate|tag|vehicle|car)$/i, 'vehicle_id'],
  [/^(?:serial|serial ?(?:#|no\.?|number)|s\/n|sn|device ?(?:id|serial)|udi|asset ?(?:tag|#))$/i, 'device_id'],
];

// A value under an identifier header: digits, perhaps with letters and dashes ("8812093", "S-014", "HA-50231178").
const ID_CELL = /^(?=[A-Za-z0-9-]*\d)[A-Za-z0-9][A-Za-z0-9-]{2,19}$/;
const PHONE_CELL = /^(?:\+?1[ .-]?)?(?:\(\d{3}\)[ .-]?|\d{3}[ .-])?\d{3}[ .-]\d{4}$/;

function accepts(type: FindingType, cell: TableCell): boolean {
  if (type === 'name') return NAME_CELL.test(cell.text);
  if (type === 'phone') return PHONE_CELL.test(cell.text);
  if (type === 'ssn') return /^\d{3}-?\d{2}-?\d{4}$/.test(cell.text);
  // A plate with its state: "MO 7KD-294", "KS 418 GRT".
  if (type === 'vehicle_id') return /^(?=[A-Z0-9 -]*\d)[A-Z0-9]{1,4}(?:[ -][A-Z0-9]{1,4}){0,2}$/.test(cell.text);
  return ID_CELL.test(cell.text);
}

export const tableColumn: Recognizer = {
  id: 'table-column',
  description: 'Cells of a pasted table under a header that names them (MRN, Patient, Screen#, Member ID, Phone, Plate, Serial)',
  types: ['mrn', 'account_number', 'health_plan_id', 'other_id', 'ssn', 'phone', 'name', 'vehicle_id', 'device_id'],
  find(ctx) {
    const out: RawMatch[] = [];
    for (const table of tablesIn(ctx.text)) {
      if (!table.header) continue;
      table.header.forEach((head, column) => {
        const type = HEADER_TYPES.find(([label]) => label.test(head.text.replace(/\s+/g, ' ')))?.[1];
        if (!type) return;
        for (const row of table.rows) {
          const cell = row[column];
          if (cell && cell.text && accepts(type, cell)) {
            out.push({ type, start: cell.start, end: cell.end, confidence: 0.8, pattern: `column-${type}`, cue: head.text.toLowerCase() });
          }
        }
      });
    }
    return out;
  },
};
