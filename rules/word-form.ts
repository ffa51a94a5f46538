import { PROCEDURE_PLACE_OR_STAFF } from './lexicons/health/procedures';
import { wordTable } from './support/word-starts';
import type { RawMatch, Recognizer } from './types';

/**
 * Health terms by their word form, for the long tail no lexicon lists: a disease or finding ends in -itis, -osis,
 * -emia, -algia, -plasia, -rrhea ("myopericarditis", "calciphylaxis" aside, "hyalinosis", "cervicalgia"), an
 * operation in -ectomy, -otomy, -plasty, -oscopy ("parotidectomy"), and a drug carries its class's stem ("-mab"
 * antibodies, "-tinib" kinase inhibitors, "-pril", "-sartan", "-olol", "-floxacin": "tarlatamab", "basiliximab").
 * These endings are the naming conventions of medicine (USAN stems for drugs); the English words that share an
 * ending ("academia", "nostalgia", "dichotomy", "empathy", "diagnosis") are listed and left out.
 */

const DIAGNOSIS_ENDING =
  /(?:[a-z]{3}itis|[a-z]{3}itides|[a-z]{3}osis|[a-z]{3}iasis|[a-z]{3}a?emia|[a-z]{3}algia|[a-z]{2}plasia|(?:^a|hyper|dys|hypo)trophy|[a-z]{3}megaly|[a-z]{3}penia|[a-z]{2}rrhoea|[a-z]{2}rrhea|[a-z]{2}rrhage|[a-z]{3}uria|[a-z]{3}ectasis|[a-z]{3}plegia|[a-z]{3}paresis|(?:par|dys|hyper|hypo)esthesia|[a-z]{2}phagia|[a-z]{2}pnea|(?:tachy|brady)cardia|[a-z]{3}spasm|[a-z]{3}malacia|[a-z]{3}opathy|[a-z]{3}opathies)$/;
const PROCEDURE_ENDING =
  /(?:orthos[ie]s|[a-z]{3}ectomy|[a-z]{3}ectomies|[a-z]{3}otomy|[a-z]{3}otomies|[a-z]{3}ostomy|[a-z]{3}ostomies|[a-z]{3}oplasty|[a-z]{3}oplasties|[a-z]{3}oscopy|[a-z]{3}oscopies|[a-z]{3}orrhaphy|[a-z]{3}opexy|[a-z]{3}otripsy|[a-z]{3}ocentesis|(?:angio|arterio|veno|myelo|cholangio|mammo|echocardio|ultrasono|polysomno|electromyo|electroencephalo|tomo|sialo|lymphangio|uro|cysto|hysterosalpingo)graphy)$/;
const MEDICATION_ENDING =
  /(?:[a-z]{3}[aeiou]mab|[a-z]{3}[aeiou]nib|[a-z]{3}pril|[a-z]{3}sartan|[a-z]{3}olol|[a-z]{3}dipine|[a-z]{3}statin|[a-z]{3}floxacin|[a-z]{3}cillin|[a-z]{3}mycin|[a-z]{3}cycline|[a-z]{3}prazole|[a-z]{3}tidine|[a-z]{3}gliptin|[a-z]{3}gliflozin|[a-z]{3}glutide|[a-z]{3}parin|[a-z]{3}xaban|[a-z]{3}gatran|[a-z]{3}[aeiou]vir|[a-z]{3}semide|[a-z]{3}thiazide|[a-z]{3}triptan|[a-z]{3}setron|[a-z]{3}azepam|[a-z]{3}azolam|[a-z]{3}oxetine|[a-z]{3}triptyline|[a-z]{3}barbital|[a-z]{3}terol|[a-z]{3}tropium|[a-z]{3}lukast|[a-z]{3}coxib|[a-z]{3}dronate|[a-z]{3}platin|[a-z]{3}rubicin|[a-z]{3}taxel|[a-z]{3}tecan|[a-z]{3}ercept|[a-z]{3}teplase|[a-z]{3}conazole|[a-z]{3}dazole|[a-z]{3}grastim|[a-z]{3}poetin|[a-z]{3}citabine|[a-z]{3}fungin|[a-z]{3}penem|[a-z]{3}asone|[a-z]{3}olone|[a-z]{3}onide|[a-z]{3}parib|[a-z]{3}ciclib|[a-z]{3}lisib|[a-z]{3}glinide|[a-z]{3}gliptin|[a-z]{3}rasib|vin[a-z]{3,}ine)$/;

/** English words with a medical ending that are not health terms (or are the words for diagnosing itself). */
const ENGLISH_WORDS = new Set([
  'diagnosis', 'prognosis', 'hypnosis', 'symbiosis', 'osmosis', 'metamorphosis', 'apotheosis', 'mitosis', 'meiosis',
  'academia', 'nostalgia', 'dichotomy', 'empathy', 'sympathy', 'antipathy', 'telepathy', 'homeopathy',
  'naturopathy', 'osteopathy', 'psychopathy', 'sociopathy', 'microscopy', 'spectroscopy', 'kaleidoscopy',
  'crystallography', 'anatomy', 'autonomy', 'economy', 'taxonomy', 'astronomy', 'gastronomy', 'curia', 'penuria',
  'alleluia', 'topography', 'demography', 'trophy', 'cholesterol', 'sterol', 'glucuronide',
]);
/**
 * Left to the sensitive categories' rules: their terms end the same way ("psychosis", "viremia"), and a second,
 * plain health finding on the same word would say less.
 */
const SENSITIVE_START = /^(?:psych|neuros|schizo|hiv|viremi|viraemi|antiretro)/;
/** Lithuanian surnames end in -aitis ("Bakaitis", "Jonaitis"); no disease does. */
const SURNAME_ENDING = /aitis$/;

/** The last two letters of every ending above: a word ending otherwise is skipped before any slicing. */
const LAST_TWO = new Set([
  'is', 'es', 'ia', 'hy', 'ly', 'ea', 'ge', 'sm', 'my', 'py', 'ty', 'xy', 'sy', 'ab', 'ib', 'il', 'an', 'ol', 'ne',
  'in', 'le', 'de', 'ir', 'on', 'am', 'al', 'um', 'st', 'te', 'el', 'pt', 'se', 'im', 'em',
]);
const twoLetterKey = (a: number, b: number) => String.fromCharCode(a, b);

export const wordForm: Recognizer = {
  id: 'word-form',
  description: 'Diagnoses, operations and drugs by the endings medicine names them with (-itis, -ectomy, -mab, -pril)',
  types: ['diagnosis', 'procedure', 'medication'],
  find(ctx) {
    const { starts, lengths } = wordTable(ctx);
    const lower = ctx.lower;
    const out: RawMatch[] = [];
    for (let k = 0; k < starts.length; k++) {
      const length = lengths[k]!;
      if (length < 7 || length > 40) continue;
      const start = starts[k]!;
      if (!LAST_TWO.has(twoLetterKey(lower.charCodeAt(start + length - 2), lower.charCodeAt(start + length - 1)))) continue;
      // Letters only: "D0120", "x2017" and identifiers are not words.
      const word = lower.slice(start, start + length);
      if (!/^[a-z]+$/.test(word)) continue;
      const type = MEDICATION_ENDING.test(word) ? 'medication'
        : PROCEDURE_ENDING.test(word) ? 'procedure'
        : DIAGNOSIS_ENDING.test(word) ? 'diagnosis' : undefined;
      if (!type || ENGLISH_WORDS.has(word) || SENSITIVE_START.test(word) || SURNAME_ENDING.test(word)) continue;
      // "Lakeshore Endoscopy Center", "the Endoscopy Suite": a place or its staff, not a procedure done.
      if (PROCEDURE_PLACE_OR_STAFF.test(ctx.text.slice(start + length, start + length + 16))) continue;
      out.push({ type, start, end: start + length, confidence: 0.6, pattern: `word-form:${type}` });
    }
    return out;
  },
};
