/**
 * Which ambiguous health words count in a message about a patient. The lexicons hold words that are clinical in a
 * patient's message and everyday English or office talk elsewhere ("CT", "echo", "falls", "infection", "oxygen");
 * without their cue they are reported as patient-only (rules/types.ts), and the engine keeps them only when the
 * message is PHI without them. Some have an everyday reading even there: those are told apart here.
 */

/**
 * Terms that need their cue even in a message about a patient: "RA" is room air after an oxygen saturation, "PE"
 * school gym, "MDS" a nursing-home assessment coordinator's title, "BCC" a chaplain's board certification, "RF"
 * refills, "PD" pupillary distance, "ALT" an alternate phone, "PCN" a pharmacy processor control number, "NA" not
 * applicable, "AA" an associate's degree, "AUD" Australian dollars, "IOP" intraocular pressure.
 */
const CUE_EVEN_FOR_PATIENTS = new Set(['RA', 'PE', 'MDS', 'BCC', 'UC', 'RF', 'PD', 'ALT', 'PCN', 'mono', 'Mono', 'NA', 'AA', 'AUD', 'IOP']);
/**
 * A recovery or treatment center, an inpatient rehab unit or a residential program is a place (and a substance-use
 * flag on a hip-fracture referral would be wrong); a "working hypothesis" is a phrase.
 */
const PLACE_OR_PHRASE =
  /(?:^|[^a-z])(?:program|programs|center|centre|centers|rehab|recovery|treatment|inpatient|residential|hypothesis|impression|undetectable)(?![a-z])/;

/** Everyday readings told by the words right after the term. */
const EVERYDAY_AFTER: Record<string, RegExp> = {
  // "the deadline falls on Monday", "falls under the plan", "falls within"; Niagara Falls is handled by case below.
  // ("two falls at home", "falls in the bathroom" are falls).
  falls: /^\s+(?:on|under|within|to|outside|short|behind|through|into|off|apart|between|during|after|before|in\s+line|in\s+the\s+(?:category|range|scope|window|middle))\b/,
  // "confused about the bill", "confused by the portal", "sorry for the confusion" (before).
  confused: /^\s+(?:about|by|over|as|with|on|re|regarding|why|what|which|whether|if|how)\b/,
  // "infection control", "infection prevention": a department and its work.
  infection: /^\s+(?:control|prevention|preventionist|rates?|surveillance|committee|team|nurse)\b/,
  infections: /^\s+(?:control|prevention|rates?|surveillance)\b/,
  // "the trauma center", "trauma-informed care", "trauma surgery": a service or a place.
  trauma: /^[\s-]+(?:center|centre|bay|team|surgery|surgeon|service|unit|registry|level|activation|informed|program|nurse|coordinator)\b/,
  pain: /^\s+(?:points?|in the neck)\b/,
  fever: /^\s+pitch\b/,
  rash: /^\s+(?:decision|decisions|move|moves)\b/,
  lump: /^\s+sums?\b/,
  // "OT hours", "OT approval": overtime.
  OT: /^\s+(?:hours?|pay|shifts?|approval|approved|requests?|budget|rate)\b/,
  oxygen: /^\s+(?:tanks?\s+(?:delivery|storage|room)|supply\s+room)\b/,
  // "blister packs" from the pharmacy.
  blister: /^[\s-]*(?:packs?|packaging|packed|cards?)\b/,
};
/**
 * A department, service or staff member named after the word: "Wound RN", "Imaging Pharmacist", "the trauma
 * office", "Allergy RN pool", "Anatomic Pathology".
 */
const STAFF_OR_DEPARTMENT_AFTER =
  /^[\s-]+(?:rn|rns|lpn|nurses?|np|pharmacists?|office|site|department|dept|services?|lab|pool|team|clinic|coordinators?|director|manager|specialists?|technicians?|techs?|fellows?|attending|consult|desk|line|hotline|supplies|supply|committee|council|program|course|training|class|week|month|day|awareness)\b/;
const DEPARTMENT_BEFORE = /(?:anatomic|clinical|surgical|department\s+of|dept\.?\s+of|re-?|director\s+of|division\s+of)\s*$/;
/** Everyday readings told by the words right before the term. */
const EVERYDAY_BEFORE: Record<string, RegExp> = {
  confusion: /(?:for\s+(?:the|any)|any|some|the|no|avoid|to\s+avoid|prevent)\s+$/,
  pain: /(?:a|such\s+a|what\s+a|real)\s+$/,
};

/** Whether `term` (as written, at [start, end) of `text`) reads as clinical in a message about a patient. */
export function clinicalInPatientMessage(text: string, lower: string, start: number, end: number): boolean {
  const term = text.slice(start, end);
  if (CUE_EVEN_FOR_PATIENTS.has(term)) return false;
  const key = term === 'OT' ? term : term.toLowerCase();
  if (PLACE_OR_PHRASE.test(key)) return false;
  // "Niagara Falls", "Great Falls": a capitalized word before a capitalized term names a place.
  if (/^\p{Lu}/u.test(term) && /\p{Lu}[\p{L}.]*\s+$/u.test(text.slice(Math.max(0, start - 20), start)) && key === 'falls') return false;
  if (STAFF_OR_DEPARTMENT_AFTER.test(lower.slice(end, end + 20)) || DEPARTMENT_BEFORE.test(lower.slice(Math.max(0, start - 20), start))) return false;
  const after = EVERYDAY_AFTER[key];
  if (after && after.test(lower.slice(end, end + 30))) return false;
  const before = EVERYDAY_BEFORE[key];
  if (before && before.test(lower.slice(Math.max(0, start - 16), start))) return false;
  return true;
}
