import { cueMatcher } from '../../lib/detect/cues';

/**
 * Words that tie a date to a person (birth, service, admission, discharge, appointment, death). Only a date
 * with one of these nearby carries a `cue`, which lib/detect/verdict.ts reads as identifying.
 */
export const PERSONAL_DATE_CUES = cueMatcher([
  'dob', 'd.o.b', 'd.o.b.', 'date of birth', 'birth date', 'birthdate', 'birthday', 'bday', 'b-day', 'born', 'b.', 'dos',
  'date of service', 'service date', 'admit', 'admitted', 'admission', 'adm', 'readmitted', 'discharge',
  'discharged', 'd/c', "d/c'd", 'dc', "dc'd", 'appointment', 'appt', 'visit', 'seen', 'surgery', 'operation',
  'procedure', 'expired', 'died', 'death', 'date of death', 'dod', 'deceased', 'scheduled', 'follow-up',
  'follow up', 'f/u', 'transferred', 'transfer', 'presented', 'intubated', 'extubated', 'delivered',
  'delivery', 'edd', 'lmp', 'due date', 'injury', 'accident', 'vaccinated', 'immunized', 'since', 'start of care', 'soc',
  // Spanish in a patient's own portal message: "Soy Graciela Montemayor, nacida el 11/03/1949".
  'nacida el', 'nacido el', 'fecha de nacimiento', 'fecha de nac',
]);

/**
 * The text of the clause in `lower` that ends at `pos`, at most `window` characters long, starting on a word
 * boundary (a slice that began inside "quiac" must not read as "ac") and after the last sentence end or blank line.
 */
/** A sentence's end or a blank line (one regex for every call: this runs for every date candidate). */
const CLAUSE_END = /[.;!?](?=\s)|\n[ \t]*\n/g;

export function clauseBefore(lower: string, pos: number, window: number): string {
  let from = Math.max(0, pos - window);
  while (from > 0 && from < pos && /[\p{L}\p{N}]/u.test(lower[from - 1]!)) from++;
  const slice = lower.slice(from, pos);
  let cut = 0;
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(slice); m; m = CLAUSE_END.exec(slice)) cut = m.index + m[0].length;
  return slice.slice(cut);
}

/**
 * Words just before a month/day that put it on the calendar: "placed 11/17", "s/p CABG x3 10/5", "since 3/2",
 * "Tuesday 3/4". They outweigh a number in front ("HCT 30 post 3/3") but not a ventilator setting after.
 */
export const DAY_CUE_BEFORE = /(?:^|[^\p{L}])(?:(?:last|next|first|final|missed|skipped|held)\s+(?:dose|injection|infusion|shot|fill|refill|flare|episode|treatment|draw)|on|since|from|until|till|thru|through|dated?|post|s\/p|status post|placed|inserted|started|begun|d\/c'?d|dc'?d|stopped|last|next|admit(?:ted)?|adm|discharged?|seen|appt|appointment|visit|scheduled|follow[- ]?up|f\/u|meeting|meet|drawn|collected|sent|extubat(?:e|ed|ion)|intubat(?:e|ed|ion)|transferred|returned|due|as of|(?:week|wk|weekend) of|starting|beginning|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?,?\s*$/u;

/**
 * Ventilator words: in their clause a pressure pair is a setting, not a day ("PSV increased to 10/5",
 * "SIMV/PS, 40%, 600x4, & 5/10", "vent changed over to 5/5"). "AC" after a side is the antecubital vein
 * ("PICC placed in R AC 11/17"), not assist-control.
 */
// Words that name a setting; "trial" and "wean" only say a setting is near ("trial of void 3/12" is a day).
const VENT_SETTING_WORD = String.raw`(?:psv?|cpap|bi-?pap|peep|simv|imv|ips|flowby|vent|ventilator|ventilated|ventilation|settings|vent setting|mode|fio2|tv|vt|sbt|pressure support|(?<!(?:^|[^\p{L}])(?:r|l|rt|lt|right|left)\s)ac)`;
const WORD_START = String.raw`(?:^|[^\p{L}])`;
const WORD_END = String.raw`(?![\p{L}])`;
export const VENT_CLAUSE = new RegExp(String.raw`${WORD_START}(?:${VENT_SETTING_WORD}|wean(?:ed|ing)?|trial|tried)${WORD_END}|\d\s*x\s*\d`, 'u');
/** The word names the pair right after it: "PSV 10/5", "flowby 6/2", "settings: 5/5", but not "CPAP on 3/15". */
export const VENT_NAMING = new RegExp(String.raw`${WORD_START}${VENT_SETTING_WORD}${WORD_END}\s*(?:[:=@-]|at|of|to)?\s*$`, 'u');
/** A setting named right after the pair: "5/5 PSV/CPAP", "10/5 BiPAP", "5/5, 40%". */
export const VENT_AFTER = /^\s*(?:,\s*)?(?:\d{2,3}\s*%|(?:psv?|cpap|bi-?pap|ips|peep|fio2|simv|imv)(?![\p{L}]))/u;
/** "Abg acceptable on 5/5": a gas result read on a setting. */
export const GAS_ON = /(?:^|[^\p{L}])abgs?(?![\p{L}])[^]*\bon\s*$/u;

/** Pain scores out of ten: "c/o 5/10 incisional pain", "CP decreased to 3/10", "chest pressure 6/10". */
// At most two words between the complaint and the score: "CP decreased to 3/10", not "pain meds given on 4/10".
export const PAIN_BEFORE = /(?:^|[^\p{L}])(?:pain|cp|c\/o|complain(?:s|ed|ing)?|discomfort|pressure|ache|aching|hurts?|sore(?:ness)?|rate[sd]?|rating|score|scale|level|intensity|incisional|headache|h\/a)(?![\p{L}])[^\p{L}\d]*(?:[\p{L}]+[^\p{L}\d]+){0,2}$/u;
export const PAIN_AFTER = /^[^.;\n]{0,30}?(?:^|[^\p{L}])(?:pain|discomfort|ache|aching|cp|angina|incisional|on (?:the )?(?:pain )?scale)(?![\p{L}])/u;
