import { defineLexiconRecognizer } from './lexicons/health/matcher';
import {
  SUBSTANCE_STRICT_CUES, SUBSTANCE_USE, SUBSTANCE_USE_ABBREVIATIONS, SUBSTANCE_USE_AMBIGUOUS,
  SUBSTANCE_USE_AMBIGUOUS_INSTRUMENTS, SUBSTANCE_USE_AMBIGUOUS_MORE, SUBSTANCE_USE_CUES, SUBSTANCE_USE_INSTRUMENTS,
  SUBSTANCE_USE_MORE, SUD_SETTINGS_AMBIGUOUS, TREATMENT_LEVEL_ABBREVIATIONS, TREATMENT_LEVELS, DONE_TO_PATIENT
} from './lexicons/health/sensitive';

const CURRENCY_NEAR = /(?:[$€£]\s?[\d,.]+|\d)\s*$/;

/** Substances and their treatment named anywhere in the message: what makes "withdrawal" or "relapse" addiction. */
const SUBSTANCE_MESSAGE =
  /(?<![\p{L}\p{N}_])(?:alcohol\w*|drinking|drinks|opioids?|opiates?|heroin|fentanyl|methadone|suboxone|buprenorphine|naltrexone|vivitrol|sublocade|detox|sober|sobriety|addiction|substance|cocaine|meth|methamphetamine|benzos?|benzodiazepines?|oxycodone|percocet|narcan|naloxone|ciwa|cows|etoh|nicotine|cannabis|marijuana|kratom|xylazine|use disorder|oud|aud|sud)(?![\p{L}\p{N}_])/u;

/** Non-clinical withdrawals: money, a course, consent, troops, treatment itself ("withdrawal of care"). */
const OTHER_WITHDRAWAL_BEFORE = /(?:cash|atm|bank|account|early|course|class|study|consent|social|troop|military|funds|money|penalty-free|ira|401k)\s*$/;
const OTHER_WITHDRAWAL_AFTER = /^\s*(?:from\s+(?:the\s+|a\s+|his\s+|her\s+)?(?:course|class|study|trial|program|school|college|race|contract|agreement|account)|of\s+(?:consent|funds|support|care|treatment|life|the\s+offer|an?\s+offer|troops)|slip|form|request|fee|penalty|limit|amount)\b/;

export const substanceUse = defineLexiconRecognizer({
  id: 'substance-use',
  description: 'Substance-use disorder and treatment (42 CFR Part 2): OUD, buprenorphine, methadone clinic, detox, IOP, withdrawal',
  type: 'substance_use',
  alsoAs: { type: 'procedure', groups: ['substance-use-instruments'], when: DONE_TO_PATIENT },
  groups: [
    SUBSTANCE_USE, SUBSTANCE_USE_ABBREVIATIONS, SUBSTANCE_USE_AMBIGUOUS, SUBSTANCE_USE_MORE, SUBSTANCE_USE_INSTRUMENTS,
    SUBSTANCE_USE_AMBIGUOUS_MORE,
    { ...SUBSTANCE_USE_AMBIGUOUS_INSTRUMENTS, cues: SUBSTANCE_STRICT_CUES },
    { ...SUD_SETTINGS_AMBIGUOUS, cues: SUBSTANCE_STRICT_CUES },
    { ...TREATMENT_LEVELS, name: 'sud-treatment-levels', cues: SUBSTANCE_STRICT_CUES },
    { ...TREATMENT_LEVEL_ABBREVIATIONS, name: 'sud-treatment-level-abbreviations', cues: SUBSTANCE_STRICT_CUES },
  ],
  patterns: [
    // ICD-10-CM F10-F19: alcohol and drug use disorders ("F11.20 opioid dependence, uncomplicated").
    { name: 'icd10-f1x', regex: /(?<![\w.-])F1\d\.[0-9A-Z]{1,4}(?![\w-])/g, confidence: 0.8, startsWith: ['f1'] },
    // "6 months sober", "90 days clean": time in recovery.
    {
      name: 'time-sober',
      regex: /(?<![\w.])\d{1,3}\s+(?:days?|weeks?|months?|years?)\s+(?:sober|clean and sober)(?![\w-])/gi,
      confidence: 0.8,
      needs: 'sober',
    },
    {
      // A patient's own words about street drugs: "used fentanyl twice", "relapsed on heroin", "smoked meth".
      // The span is the drug. Fentanyl given in care ("used fentanyl for sedation", "fentanyl 50 mcg") is not use.
      name: 'drug-taken',
      regex: /(?<![\w-])(?:used|using|relapsed on|relapse on|snorted|snorting|smoked|smoking|shot up|injected|injecting|bought|buying|doing)\s+(?:some\s+|a\s+little\s+|more\s+)?(?<value>fentanyl|heroin|meth|crystal meth|cocaine|coke|crack|dope|percs|percocets|oxys|xanax bars|benzos|molly|ecstasy|k2|spice)(?![\w-])(?!\s*(?:for\b|gtt|drip|patch|iv\b|prn\b|\d))/gi,
      confidence: 0.8,
      startsWith: ['used', 'using', 'relapsed', 'relapse', 'snorted', 'snorting', 'smoked', 'smoking', 'shot', 'injected',
        'injecting', 'bought', 'buying', 'doing'],
    },
    {
      // How much someone drinks, counted: "drinking 4-5 glasses of wine a night", "drinks 6 beers a day". A count of
      // drinks per night or day is the alcohol history a screen asks for; "drink 8 glasses of water a day" is not.
      name: 'drinks-counted',
      regex: /(?<![\w-])(?:drinks|drinking|drank|having|has)\s+(?:about\s+|around\s+|up\s+to\s+|maybe\s+)?\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+(?:glasses\s+of\s+(?:wine|whiskey|vodka|liquor)|drinks|beers|cans\s+of\s+beer|shots|bottles\s+of\s+wine|tall\s+boys|pints)\s+(?:a|per|each|every)\s+(?:night|day|evening|week|weekend)(?![\w-])/gi,
      confidence: 0.8,
      startsWith: ['drinks', 'drinking', 'drank', 'having', 'has'],
    },
    {
      // "didn't OD", "she OD'd", "after an OD": an overdose. "OD" alone is the right eye, so only in these forms.
      name: 'overdose-shorthand',
      regex: /(?<![\w-])(?:(?:didn'?t|did not|almost|nearly|could have|had an|after an|from an)\s+)?OD(?:'d|ed|’d)?(?![\w'’-])/g,
      confidence: 0.75,
      startsWith: ['didn', 'did', 'almost', 'nearly', 'could', 'had', 'after', 'from', 'od'],
      accept: (m) => /^(?:didn|did|almost|nearly|could|had|after|from)/i.test(m[0]) || /OD(?:'d|ed|’d)$/.test(m[0]),
    },
  ],
  cues: SUBSTANCE_USE_CUES,
  cueWindow: 80,
  reject: (ctx, start, end, group) => {
    const before = ctx.lower.slice(Math.max(0, start - 20), start);
    const after = ctx.lower.slice(end, end + 40);
    const term = ctx.lower.slice(start, end);
    // "AUD 1,200" / "1,200 AUD" are Australian dollars.
    if (group === 'substance-use-ambiguous' && (/^\s*[$\d]/.test(after) || CURRENCY_NEAR.test(before))) return true;
    // "digital detox", "juice detox" are lifestyle talk.
    if (/(?:digital|social media|juice|sugar|email|screen|phone)\s*$/.test(before) && /detox/.test(term)) return true;
    if (group === 'substance-use-ambiguous-more') {
      if (!SUBSTANCE_MESSAGE.test(ctx.lower)) return true;
      if (term.startsWith('withdrawal') && (OTHER_WITHDRAWAL_BEFORE.test(before) || OTHER_WITHDRAWAL_AFTER.test(after))) return true;
    }
    // "cardiac rehab", "physical rehab after the knee": rehabilitation, not addiction treatment.
    if (group === 'sud-settings-ambiguous' && /(?:cardiac|pulmonary|physical|stroke|ortho|orthopedic|knee|hip|shoulder|vestibular|pelvic floor|vocational|acute|subacute|spine|neuro)\s*$/.test(before)) return true;
    // "Substance use prevention month", "drug use policy": a workplace topic, not a person's use.
    if (group === 'substance-use-more' && /^\s*(?:policy|policies|prevention|awareness|month|week|training|education|survey|statistics|trends)\b/.test(after)) return true;
    // "IOP 18 mmHg" is an eye pressure; "PHP 8" a programming language.
    if (group === 'sud-treatment-level-abbreviations' && /^\s*(?:[:=]?\s*\d|od\b|os\b|ou\b|mmhg)/.test(after)) return true;
    return false;
  },
});
