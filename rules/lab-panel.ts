import type { RawMatch, Recognizer } from './types';

/**
 * Lab results pasted as a panel, one analyte a line with its value ("Na  136  (135-145)", "K  3.1 L", "BUN/Cr
 * 18/0.7"). Every row of such a block names a test done on the patient, whether or not a lexicon lists its short
 * name ("Cl", "CO2", "Phos", "TG" are also a chemical, a gas and a word). A block is at least three consecutive
 * rows of a short name then a number, two of them analytes every panel carries: a table of staff counts or rooms
 * ("NICU | 0.9", "Room 1  212") is not a panel.
 */

/** Analytes of the basic and comprehensive metabolic panels, the CBC, coagulation, lipids and common levels. */
const KNOWN_ANALYTES = new Set([
  'na', 'na+', 'k', 'k+', 'cl', 'cl-', 'co2', 'hco3', 'bicarb', 'bun', 'cr', 'creat', 'scr', 'glu', 'glucose', 'ca',
  'mg', 'phos', 'po4', 'alb', 'tp', 'ast', 'alt', 'alp', 'alk phos', 'tbili', 't bili', 'dbili', 'ggt', 'wbc', 'hgb',
  'hb', 'hct', 'plt', 'plts', 'mcv', 'rdw', 'anc', 'inr', 'pt', 'ptt', 'aptt', 'fibrinogen', 'tsh', 'ft4', 'a1c',
  'hba1c', 'ldl', 'hdl', 'tg', 'chol', 'trop', 'troponin', 'bnp', 'nt-probnp', 'lactate', 'lipase', 'egfr', 'gfr',
  'ferritin', 'fe', 'tibc', 'b12', 'folate', 'crp', 'esr', 'procal', 'uric acid', 'ammonia', 'ck', 'ldh', 'tac',
  'vanc', 'osm', 'ionized ca', 'ica', 'retic', 'd-dimer', 'hcg', 'psa', 'cea', 'vit d', 'pth',
  'sodium', 'potassium', 'chloride', 'bicarbonate', 'creatinine', 'calcium', 'magnesium', 'phosphorus', 'albumin',
  'hemoglobin', 'hematocrit', 'platelets', 'vitamin b12', 'tsh', 'free t4',
]);

/**
 * A row: the analyte (a short name, parts joined by "/", or a name with its specimen: "Glucose, plasma"), then its
 * value; in a pasted table the cells are split by "|" ("| Vitamin B12 | 168 pg/mL | 232-1245 | L |"). Sticky, tried at each line start only: a
 * multiline regex would be tried at every character of a long note.
 */
const ROW = /[ \t]*(?:\|[ \t]*)?(?<name>[A-Za-z][A-Za-z0-9+-]{0,19}(?:(?:[ /]|,[ \t])[A-Za-z][A-Za-z0-9+-]{0,14})?)[ \t]*(?:[:=|][ \t]*|[ \t]+)[<>]?\d+(?:\.\d+)?(?:\/\d+(?:\.\d+)?)?(?![\d:])(?:[ \t|]|$|(?=\n))/y;
const MIN_ROWS = 3;
const MIN_KNOWN = 2;

const isKnown = (name: string) => {
  const lower = name.toLowerCase().replace(/,.*$/, '');
  return KNOWN_ANALYTES.has(lower) || lower.split('/').every((part) => KNOWN_ANALYTES.has(part));
};

export const labPanel: Recognizer = {
  id: 'lab-panel',
  description: 'Lab panels pasted one analyte a line ("Na 136", "Cl 101", "Phos 3.0"): each row names a test',
  types: ['procedure'],
  find(ctx) {
    const out: RawMatch[] = [];
    const text = ctx.text;
    let block: { start: number; end: number; known: boolean }[] = [];
    const close = () => {
      if (block.length >= MIN_ROWS && block.filter((r) => r.known).length >= MIN_KNOWN) {
        for (const r of block) out.push({ type: 'procedure', start: r.start, end: r.end, confidence: 0.7, pattern: 'lab-panel-row' });
      }
      block = [];
    };
    // Each line start, in order; rows on consecutive lines form a block.
    for (let lineStart = 0; lineStart < text.length;) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = text.length;
      ROW.lastIndex = lineStart;
      const m = ROW.exec(text);
      if (m && m.index + m[0].length <= lineEnd) {
        const name = m.groups!.name!;
        const start = text.indexOf(name, lineStart);
        block.push({ start, end: start + name.length, known: isKnown(name) });
      } else close();
      lineStart = lineEnd + 1;
    }
    close();
    return out;
  },
};
