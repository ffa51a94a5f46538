import type { RawMatch, Recognizer, ScanContext } from './types';
import { CALENDAR_WORDS, STREET_TYPES, US_STATES } from './lexicons/places';
import { NOT_NAMES } from './lexicons/people-cues';
import { compromiseWords } from './lexicons/compromise-lexicon';
import { sharedWords } from './support/tokens';
import { DIGITS, allMatches, regexSearch } from './support/word-starts';
import { stateLevelPlaces } from './lexicons/regions';

const STATE_LEVEL = stateLevelPlaces();

const STATE_CODES = Object.keys(US_STATES).join('|');
const CAP = String.raw`[\p{Lu}][\p{L}\p{M}'’.-]*`;
// Street types as written in addresses: "St", "Street", "STREET" (never "st" in running lower-case text).
const cased = (w: string) => {
  const base = w.replace(/\?$/, '');
  const opt = w.endsWith('?') ? '?' : '';
  const title = base[0]!.toUpperCase() + base.slice(1);
  return `${title}${opt}|${base.toUpperCase()}${opt ? opt.toUpperCase() : ''}`;
};
const STREET = STREET_TYPES.map(cased).join('|');
// Types that are also clinical words or abbreviations ("1 ST DEGREE AV", "6 BEAT RUN", "50 BY DR"): they need
// an address-like end (comma, line end, a unit) or an address cue before the number.
const AMBIGUOUS_TYPES = new Set(['st', 'dr', 'ct', 'av', 'run', 'pass', 'point', 'points', 'view', 'place', 'pl', 'row', 'loop', 'green', 'path', 'walk', 'close', 'park', 'hill', 'way', 'station', 'summit', 'ramp', 'ter', 'cir', 'sq', 'ln', 'ridge', 'landing', 'junction', 'pike', 'heights', 'commons', 'valley', 'springs', 'spring']);
const ADDRESS_CUE = /(?:\b(?:at|on|to|lives?|living|address|located|reside[sd]?|moved|ship|mail|send|sent|off)\b|[:>])[\s,]*$/i;
const ADDRESS_END = /^(?:[ \t]*(?:,|\n|$|[ \t]+(?:Apt|Apartment|Suite|Ste|Unit|#)\b)|\.?[ \t]*$|\.[ \t]*\n)/;

// Street words in other languages, before the name ("Rua do Arenque 1634") or as a suffix ("Puruntie 82").
const FOREIGN_PREFIX = String.raw`(?:Rua|Rue|Av\.?|Avda\.?|Avenida|Avenue|Via|Viale|Vicolo|Corso|Calle|Carrer|Camino|Paseo|Piazza|Plaza|Praça|Largo|Travessa|ul\.?|ulica|al\.?|Aleja|Plac|Place|Chemin|Allée|Boulevard|Bd\.?|Strada|Str\.?|Rambla|Ulitsa|Odos|Odós|Leof\.?|Sokak|Cadde(?:si)?|Jalan|Jl\.?)`;
const FOREIGN_PREFIX_STARTS = ['rua', 'rue', 'av', 'avd', 'ave', 'via', 'vic', 'cor', 'cal', 'car', 'cam', 'pas', 'pia', 'pla', 'pra', 'lar', 'tra',
  'ul', 'al', 'ale', 'all', 'che', 'bou', 'bd', 'str', 'ram', 'od', 'leo', 'sok', 'cad', 'jal', 'jl'];
/** After a foreign street prefix: up to five name words or particles, then the house number. */
const FOREIGN_PREFIX_REST = String.raw`(?:(?:[\p{Lu}][\p{L}\p{M}'’.-]*|d[aeio]s?|del|dei|della|delle|degli|de|di|la|le|do|das|dos|von|van|al|el)\s+){0,5}\d{1,5}[A-Za-z]?\b`;
const FOREIGN_SUFFIX_WORDS = String.raw`tie|katu|kuja|polku|väylä|vej|vegen|veien|gade|gatan|vägen|gata|gränd|straße|strasse|str\.|weg|laan|straat|gracht|plein|gasse|platz|allee|damm|ufer|utca|út|útja|tér|körút|sokak|ulica|ulice|cesta|iela|gatvė|tänav|vegur|stræti|gata|braut|sund|lane|road|street|gate|kapu|u\.`;
// Both "Villacher Strasse" and "Hauptstrasse": each suffix also with a capital first letter.
const FOREIGN_SUFFIX = `(?:${FOREIGN_SUFFIX_WORDS.split('|').map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|')})`;

// `gate`: a regex the text must match before the pattern is run. `needs`: a word every match holds, looked for
// in the lower-cased text first (a plain substring search is cheaper than any regex over a long note).
// `startsWith`: what every match starts with after a word boundary; the pattern is then tried only at word
// starts beginning like one of them (support/word-starts.ts), not at every position of the text.
const PATTERNS: { name: string; regex: RegExp; confidence: number; type?: 'zip'; gate?: RegExp; needs?: string; startsWith?: readonly string[] }[] = [
  // 123 Main St, 19 Clover St., 4500 N. Lake Shore Drive Apt 5. Not the day of a date ("Tue 12/2     Cedar Park
  // Apartments"), nor a number a table's column gap keeps from the words after it.
  {
    name: 'us-street',
    regex: new RegExp(String.raw`(?<!\/)\b\d{1,6}[A-Za-z]?(?:-\d+)?[ \t]{1,2}(?:[NSEW]\.?[ \t]+|(?:North|South|East|West|NORTH|SOUTH|EAST|WEST)[ \t]+)?(?:[\p{Lu}][\p{L}\p{M}'’-]*[ \t]+){1,4}(?:${STREET})\b\.?(?:,?[ \t]+(?:Apt|Apartment|Suite|Ste|Unit|APT|SUITE|UNIT|#)\.?\s*#?\w+)?`, 'gu'),
    confidence: 0.85,
    startsWith: DIGITS,
  },
  // Rua do Arenque 1634, Via Roma 131, ul. Słowicza 10
  {
    name: 'foreign-street-prefix',
    regex: new RegExp(String.raw`(?<![\p{L}])${FOREIGN_PREFIX}\s+${FOREIGN_PREFIX_REST}`, 'gu'),
    confidence: 0.85,
    // Tried only at the words the prefixes begin with (the first three letters, ASCII): "Praça", "Allée", "Odós".
    startsWith: FOREIGN_PREFIX_STARTS,
  },
  {
    // The Greek "Οδός" begins with a letter the word-start gate does not index.
    name: 'foreign-street-prefix',
    regex: new RegExp(String.raw`(?<![\p{L}])Οδός\s+${FOREIGN_PREFIX_REST}`, 'gu'),
    confidence: 0.85,
    needs: 'οδός',
  },
  // Puruntie 82, Snellmaninkatu 55, Villacher Strasse 89, Erzsébet tér 19.
  {
    name: 'foreign-street-suffix',
    regex: new RegExp(String.raw`(?<![\p{L}])(?:[\p{Lu}][\p{L}\p{M}'’-]*\s+){0,3}(?:[\p{Lu}][\p{L}\p{M}'’-]*)?${FOREIGN_SUFFIX}\.?[ \t]+\d{1,5}[A-Za-z]?\b\.?`, 'gu'),
    confidence: 0.8,
    // A match ends in a space and a digit: look for those two first (few places), then behind them for the
    // street word, rather than try every street word at every position of the text.
    // The number on the street's own line: "wait time at Eastgate.\n\n3. Emergency" is a list's next item.
    gate: new RegExp(String.raw`[ \t]\d(?<=(?:${FOREIGN_SUFFIX_WORDS})\.?[ \t]+\d)`, 'i'),
  },
  // "31 Rue Al Imam Al Bakri", "36 rue de pologne", "69 Av Sidi Lakhmi": the number before a street word of
  // another language. Lower-case "via"/"av" are English ("3 via email") and do not count.
  {
    name: 'number-foreign-street',
    regex: new RegExp(String.raw`(?<![\p{L}\d])\d{1,5}[ \t]+(?:Rue|RUE|rue|Rua|RUA|rua|Av\.?|Avda\.?|Avenida|avenida|Avenue|avenue|Via|Viale|Calle|calle|Carrer|Rambla|Chemin|chemin|Allée|allée|Boulevard|boulevard|Bd\.?|Piazza|Plaza|Praça|Paseo|Camino|Largo|Travessa|C/)(?:[ \t]+[\p{L}][\p{L}\p{M}'’-]*){1,6}(?:[ \t]+\d{1,5}[A-Za-z]?\b)?`, 'gu'),
    confidence: 0.8,
    gate: /\d[ \t]+(?:rue|rua|av|avda|avenida|avenue|via|viale|calle|carrer|rambla|chemin|allée|boulevard|bd|piazza|plaza|praça|paseo|camino|largo|travessa|c\/)\b/i,
  },
  // "lives off Wall Street", "grew up on Marina Fort Street": a named street without a house number, where
  // someone lives; "the overflow lot on Elm Street" in an office notice is no one's address.
  {
    name: 'named-street',
    regex: /(?<=\b(?:lives?|lived|living|resides?|resided|residing|moved|grew[ \t]+up|house|home|apartment|flat|condo)[ \t]+(?:[a-z]+[ \t]+)?(?:on|at|in|off|along|near|to)[ \t]+)(?:[\p{Lu}][\p{L}\p{M}'’-]*[ \t]+){1,3}(?:Street|Avenue|Road|Boulevard|Lane|Terrace|Parkway|Highway|STREET|AVENUE|ROAD|BOULEVARD)\b/gu,
    confidence: 0.7,
    gate: /(?:Street|Avenue|Road|Boulevard|Lane|Terrace|Parkway|Highway|STREET|AVENUE|ROAD|BOULEVARD)\b/,
  },
  // Presidio-style "92597 Jahu 80": a number, Capitalized words, a number, in an address-looking run.
  {
    name: 'number-name-number',
    // Parts joined by a hyphen may each be capitalized ("049 Langeskov-Centret 83").
    regex: new RegExp(String.raw`(?<![\d\p{L}])\d{1,6}[ \t]+(?:[\p{Lu}][\p{Ll}\p{M}'’.-]+(?:-[\p{Lu}][\p{Ll}\p{M}'’.]+)*[ \t]+){1,4}\d{1,5}\b(?!\s*(?:mg|ml|cc|%|am|pm|x|units?)\b)`, 'gu'),
    confidence: 0.6,
  },
  // On one line: "Six Forks building.\n\n1. Post-biopsy" is a sentence's end and a list's first item.
  { name: 'unit', regex: /\b(?:Apt|Apartment|Suite|Ste|Unit|Bldg|Building)\.?[ \t]*#?[ \t]*\d{1,5}[A-Z]?\b/gi, confidence: 0.7, startsWith: ['apt', 'apartment', 'suite', 'ste', 'unit', 'bldg', 'building'] },
  { name: 'po-box', regex: /\b(?:P\.?\s?O\.?\s*Box|Post\s+Office\s+Box|Box)\s+#?\d{1,6}\b/gi, confidence: 0.85, needs: 'box' },
  // Military mail: "PSC 1234, Box 5678 APO AE 09876", "USNV Botolen FPO AE 12382", "Unit 5477 Box 8244 DPO AP 15730"
  { name: 'military', regex: /\b(?:(?:PSC|CMR|Unit)\s+\d{3,5},?\s+Box\s+\d{1,5}\s+|USN[SV]\s+[\p{Lu}][\p{L}]*\s+|USS\s+[\p{Lu}][\p{L}]*\s+)?(?:APO|FPO|DPO)\s+(?:AA|AE|AP)\s+\d{5}\b/giu, confidence: 0.9, gate: /[adf]po\s/i },
  // Springfield, IL 62701 / GRASSE, PA 39551
  {
    name: 'city-state-zip',
    regex: new RegExp(String.raw`(?<![\p{L}])(?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){0,3}[\p{Lu}][\p{L}\p{M}'’.-]*,\s+(?:${STATE_CODES}|[A-Z]{2})\s+\d{5}(?:-\d{4})?\b`, 'gu'),
    confidence: 0.9,
    gate: /,\s+[A-Z]{2}\s+\d{5}/,
  },
];

const SEARCH = new Map(PATTERNS.map((p) => [p, regexSearch(p.regex, { startsWith: p.startsWith })]));

const ZIP_CUE = /(?:zip|zip\s*code|postal\s*code|postcode|post\s*code|plz|cep)\s*(?:is|:|#|,|was)?\s*$/i;

/** Postal codes of the shapes a ZIP cue or a state code may stand before (US, Canada, the Netherlands, Brazil...). */
const POSTCODE_SHAPES = /(?<![\w-])(\d{5}(?:-\d{4})?|\d{3}\s\d{2}|\d{4}|\d{2}-\d{3}|\d{5}-\d{3}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{4}\s?[A-Z]{2}|\d{3})(?![\w-])/g;

function zipMatches(ctx: ScanContext): RawMatch[] {
  const out: RawMatch[] = [];
  // A ZIP after a state code ("MD 21201"), after a ZIP cue (where other countries' formats count too),
  // or after a country name closing an address block ("Finland 41600").
  for (const m of allMatches(POSTCODE_SHAPES, ctx.text)) {
    const start = m.index!;
    const value = m[1]!;
    const before = ctx.text.slice(Math.max(0, start - 40), start);
    let cue: string | undefined;
    if (ZIP_CUE.test(before)) cue = 'zip';
    else if (/^\d{5}(?:-\d{4})?$/.test(value)) {
      const state = before.match(/(?:^|[\s,])([A-Z]{2})\s*$/);
      if (state && US_STATES[state[1]!]) cue = 'state';
      else {
        const word = before.match(/([\p{L}]+)\s*$/u)?.[1]?.toLowerCase();
        if (word && compromiseWords().places.has(word) && /\n[^\n]*$/.test(before)) cue = 'country';
      }
    } else if (/^\d{4}$/.test(value) || /^\d{3}\s\d{2}$/.test(value)) {
      const word = before.match(/([\p{L}]+)\s*$/u)?.[1]?.toLowerCase();
      if (word && compromiseWords().places.has(word) && /\n[^\n]*$/.test(before) && !/\b(?:in|since|of)\s+\S+\s*$/i.test(before)) cue = 'country';
    }
    if (!cue) continue;
    out.push({ type: 'zip', start, end: start + value.length, confidence: 0.85, pattern: `zip-after-${cue}`, cue });
  }
  return out;
}

const words = compromiseWords();
// Particles inside street names in many languages: "Rua Vinte e Cinco de Setembro", "Via dei Fiorentini".
const PARTICLES = new Set(['via', 'rua', 'rue', 'calle', 'av', 'avenida', 'de', 'da', 'do', 'das', 'dos', 'del', 'dei', 'della', 'delle', 'di', 'du', 'des', 'la', 'le', 'les', 'e', 'van', 'von', 'der', 'den', 'al', 'el', 'y']);

/** Whether the words of a street name (between number and type) read as a name, not a clinical phrase. */
function streetWordsOk(ctx: ScanContext, from: number, to: number): boolean {
  for (const m of ctx.text.slice(from, to).matchAll(/[\p{L}][\p{L}\p{M}'’-]*/gu)) {
    const w = m[0].toLowerCase();
    // "1200 Park Ave", "2200 Cedar Park Dr": a capitalized street type inside the name is the street's, though
    // "park" is also a verb.
    if ((words.grammatical.has(w) && !(STREET_TYPE_WORDS.has(w) && m[0] !== w)) || NOT_NAMES.has(w) || CALENDAR_WORDS.has(w)) return false;
  }
  return true;
}
const STREET_TYPE_WORDS = new Set<string>(STREET_TYPES.map((t) => t.replace(/\?$/, '')));

// "lives on Joaquin Suarez 2906", "enter on Hoge Wei 32", "is at hersnapvej 18": a street name written
// without a type word, only after a cue that announces a place.
const STREET_CUE = /\b(?:lives?|living|located|situated|address(?:\s+is)?|enter|is|are|was|station\s+is|drops?\s+you\s+off|return(?:\s+it)?|sent|send|ship|mail(?:ed)?|meet\s+me)\s+(?:on|at|to|in)?\s*:?\s*$/i;
// The cue words a street may follow, each tried only at the word starts it can begin at.
const STREET_CUE_WORD = /\b(?:on|at|to|is|address|off)\b\s*:?[ \t]*/gi;
const STREET_CUE_WORD_SEARCH = regexSearch(STREET_CUE_WORD, { startsWith: ['on', 'at', 'to', 'is', 'address', 'off'] });
const CUED_STREET = /(?:[\p{L}][\p{L}\p{M}'’.-]*[ \t]+){0,5}?[\p{L}][\p{L}\p{M}'’-]*[ \t]+\d{1,5}[A-Za-z]?\b|\d{1,5}[ \t]+(?:[\p{L}][\p{L}\p{M}'’.-]*[ \t]+){0,4}[\p{L}][\p{L}\p{M}'’-]*/uy;

function cuedStreets(ctx: ScanContext, out: RawMatch[]) {
  for (const cue of STREET_CUE_WORD_SEARCH(ctx, ctx.text)) {
    const at = cue.index! + cue[0].length;
    if (!STREET_CUE.test(ctx.text.slice(Math.max(0, at - 30), at))) continue;
    CUED_STREET.lastIndex = at;
    const m = CUED_STREET.exec(ctx.text);
    if (!m) continue;
    const tokens = m[0].split(/[ \t]+/).filter((w) => !/^\d/.test(w));
    // A street name is made of name words: none grammatical, at least one that is no ordinary English word.
    if (tokens.some((w) => words.grammatical.has(w.toLowerCase()) && !PARTICLES.has(w.toLowerCase()))) continue;
    if (tokens.some((w) => NOT_NAMES.has(w.toLowerCase()) || CALENDAR_WORDS.has(w.toLowerCase()))) continue;
    if (!tokens.some((w) => !words.common.has(w.toLowerCase()) && !PARTICLES.has(w.toLowerCase()) && w.length > 2)) continue;
    const after = ctx.text.slice(at + m[0].length, at + m[0].length + 12);
    // "sating 91-04%", "goals set 8/18", "DOPAMINE 5.0": a measurement, not a house number.
    if (/^(?:[-/.%:]\d|[-/%:]|[A-Za-z])/.test(after)) continue;
    if (!sharedWords(ctx).informative && !/^\s*,\s*\p{L}/u.test(after)) continue;
    if (sharedWords(ctx).informative && !tokens.every((w) => /^\p{Lu}/u.test(w) || PARTICLES.has(w))) continue;
    if (/^\s*(?:mg|mcg|ml|cc|%|am|pm|a\.m|p\.m|x\b|units?|hours?|hrs?|minutes?|mins?|days?|weeks?|years?|times|percent)/i.test(after)) continue;
    out.push({ type: 'address', start: at, end: at + m[0].length, confidence: 0.7, pattern: 'cued-street' });
  }
}

// "the corner of 159 Eleftheriou Venizelou str and Rennie Union": both streets, up to the sentence end.
const CORNER = /\b(?:the\s+)?corner\s+of\s+(?:[^\n.?!,;]|\.(?=\s+and\b)){2,60}?\s+and\s+[^\n.?!,;]{2,40}?(?:\s+St\.)?(?=\s*(?:[.?!,;\n]|$|\s+(?:in|for|until|at|on)\b))/giu;

// "in Bjert 6091", "in ÖVERTURINGEN 840 24": a postcode right after a city name.
const CITY_POSTCODE = /\bin[ \t]+((?:[\p{Lu}][\p{L}\p{M}'’-]+[ \t]+){1,3})(\d{4,5}|\d{3}[ \t]\d{2}|\d{4}-\d{3}|\d{2}-\d{3})(?![\w-])/gu;

function cityPostcodes(ctx: ScanContext, out: RawMatch[]) {
  for (const m of allMatches(CITY_POSTCODE, ctx.text)) {
    const city = m[1]!.trim().split(/[ \t]+/);
    if (city.some((w) => words.common.has(w.toLowerCase()) && !words.places.has(w.toLowerCase())) || city.some((w) => NOT_NAMES.has(w.toLowerCase()) || w.length < 3)) continue;
    // "in MICU 1800": a clock time after an all-caps unit name.
    if (city.every((w) => w === w.toUpperCase()) && /^(?:[01]\d|2[0-3])[0-5]\d$/.test(m[2]!)) continue;
    const start = m.index! + m[0].indexOf(m[1]!);
    const zipStart = m.index! + m[0].length - m[2]!.length;
    out.push({ type: 'address', start, end: zipStart - 1, confidence: 0.7, pattern: 'city-before-postcode' });
    out.push({ type: 'zip', start: zipStart, end: zipStart + m[2]!.length, confidence: 0.75, pattern: 'postcode-after-city' });
  }
}

// A US state code and ZIP (or ZIP+4) closing an address.
const US_ZIP_END = /\b[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?$/;
// What may follow a street on the same line and still be the address: city, region code, postcode, "nan".
const BLOCK_TAIL = /^(?:(?:[ \t]*(?:,|>|\?{2,3})?[ \t]*)(?:[\p{Lu}][\p{L}\p{M}'’-]*|nan|\d{2,5}(?:-\d{3,4})?|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|(?:Apt|Suite|Unit)\.?[ \t]*\d{1,5}))+/u;

// One line of an address block after the street: a unit, a town, a region code, a country, a postcode.
const BLOCK_LINE = /^(?:(?:[\p{Lu}][\p{L}\p{M}'’.-]*|(?:de|del|di|da|do|du|la|le|nad|van|von|der|den|am|an)(?=[ \t])|nan|\(\p{L}[\p{L}\s]{0,20}\)|\d{2,5}(?:-\d{3,4})?|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|(?:Apt|Suite|Unit|Ste)\.?[ \t]*#?\d{1,5}[A-Z]?)[ \t,]*){1,6}$/u;
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'is', 'are', 'was', 'were', 'be', 'it', 'this', 'that', 'we', 'you', 'he', 'she', 'they', 'i', 'my', 'our', 'your', 'will', 'would', 'can', 'please', 'if', 'as', 'so', 'not', 'see', 'hi', 'hello', 'dear']);
const SIGN_OFF = new Set(['regards', 'thanks', 'thank', 'sincerely', 'cheers', 'best', 'yours', 'love', 'cordially', 'respectfully', 'phone', 'tel', 'fax', 'email', 'mobile', 'cell']);
// Line starts of quoted or garbled blocks: "> ", "??? ".
const LINE_PREFIX = /^\r?\n(?:[ \t]*\r?\n)?[ \t]*(?:>|\?{2,3})?[ \t]*/;

/**
 * Follows an address block down its lines ("Puruntie 82\n LAPPEENRANTA\n SK\n 53650"): up to four lines
 * that hold only address pieces, no ordinary words, so the town, region and postcode join the finding.
 */
function nextLines(text: string, end: number): number {
  // Lines of ordinary capitalized words ("Pines Beach", "Salvador") count only when a later line of the
  // block is unmistakable (a country, a postcode, a town no dictionary knows).
  let committed = end;
  for (let n = 0; n < 4; n++) {
    const prefix = LINE_PREFIX.exec(text.slice(end, end + 12));
    if (!prefix) break;
    const from = end + prefix[0].length;
    const nl = text.indexOf('\n', from);
    const line = text.slice(from, nl < 0 ? text.length : nl).replace(/[ \t\r]+$/, '');
    if (!line || line.length > 48 || !BLOCK_LINE.test(line)) break;
    // A line of digits under a US ZIP is a phone number ("ME 04847" / "555-0188"), not more of the address.
    if (/^\d/.test(line) && US_ZIP_END.test(text.slice(Math.max(0, end - 12), end))) break;
    const pieces = line.match(/[\p{L}][\p{L}\p{M}'’.-]*/gu) ?? [];
    // "Best regards", "Thank you", "Phone": running text or a label, not a town.
    const country = STATE_LEVEL.has(pieces.join(' ').toLowerCase().replace(/[.,]/g, '').replace(/\s*\d.*$/, ''));
    // Two capitals are a region code ("Aalborg NO 9100", "SK"), not the word "no".
    const words_ = pieces.filter((w) => !/^[A-Z]{2}$/.test(w)).map((w) => w.toLowerCase());
    // Capitalized verbs are town names often enough ("DOLE", "Cite"); function words and sign-offs never.
    if (!country && pieces.some((w) => { const l = w.toLowerCase(); return SIGN_OFF.has(l) || FUNCTION_WORDS.has(l) || (words.grammatical.has(l) && !/^\p{Lu}/u.test(w)); })) break;
    // A line of known person names ("John Smith" under the street) is a name unless the block goes on.
    const plain = !country && (words_.some((l) => words.common.has(l) && !words.places.has(l) && !/^(?:apt|suite|unit|ste|nan)\.?$/.test(l)) ||
      (words_.length > 0 && !/\d/.test(line) && words_.every((l) => words.firstNames.has(l) || words.lastNames.has(l))));
    end = from + line.length;
    if (!plain) committed = end;
  }
  return committed;
}

/** Joins street, unit, city and postcode pieces of one address into one finding ("Puruntie 82 Apt. 595 ..."). */
function joinBlocks(ctx: ScanContext, matches: RawMatch[]): RawMatch[] {
  const streets = matches.filter((m) => m.type === 'address').sort((a, b) => a.start - b.start);
  const joined: RawMatch[] = [];
  for (const m of streets) {
    const last = joined[joined.length - 1];
    if (last && m.start <= last.end + 3 && /^[ \t,]*$/.test(ctx.text.slice(last.end, m.start))) {
      last.end = Math.max(last.end, m.end);
      last.confidence = Math.max(last.confidence, m.confidence);
      continue;
    }
    joined.push({ ...m });
  }
  for (const m of joined) {
    if (m.pattern === 'unit' || m.pattern === 'city-before-postcode' || m.pattern === 'cued-street') continue;
    const tail = BLOCK_TAIL.exec(ctx.text.slice(m.end, m.end + 80));
    if (!tail) continue;
    // Stop at a word of running text ("Street were important", "St. the first").
    let end = m.end;
    // After a comma a capitalized ordinary word is still the town ("Rue de Kairouan, Cite El Farik").
    const afterComma = /^[ \t]*,/.test(tail[0]);
    for (const piece of tail[0].matchAll(/[^ \t,>?]+/g)) {
      const w = piece[0].toLowerCase();
      // After a US ZIP the address is over but for the country: "Hope, ME 04847 555-0188" and "OR 97408 P 555-0133"
      // end with a phone number.
      if (!/^(?:usa|us|u\.s\.a?\.?|united|states)$/.test(w) && US_ZIP_END.test(ctx.text.slice(m.start, end))) break;
      const townWord = afterComma && /^\p{Lu}/u.test(piece[0]) && !SIGN_OFF.has(w) && !FUNCTION_WORDS.has(w);
      if ((words.grammatical.has(w) && !townWord) || (!townWord && words.common.has(w) && !words.places.has(w) && !/^(?:apt|suite|unit)/.test(w))) break;
      end = m.end + piece.index! + piece[0].length;
    }
    m.end = end;
  }
  for (const m of joined) {
    if (m.pattern === 'cued-street' || m.pattern === 'street-corner') continue;
    const end = nextLines(ctx.text, m.end);
    // A street followed by lines of town, region and postcode is an address block beyond doubt: it
    // outranks the postcode found alone inside it.
    if (end > m.end) { m.end = end; m.confidence = Math.max(m.confidence, 0.9); }
  }
  // Pieces on separate lines ("Allika 46" / "Suite 501") now overlap: one block.
  const blocks: RawMatch[] = [];
  for (const m of joined) {
    const last = blocks[blocks.length - 1];
    if (last && m.start <= last.end) { last.end = Math.max(last.end, m.end); last.confidence = Math.max(last.confidence, m.confidence); continue; }
    blocks.push(m);
  }
  return [...blocks, ...matches.filter((m) => m.type !== 'address')];
}

export const address: Recognizer = {
  id: 'address',
  description: 'Street addresses (US and international), unit/PO box/military addresses, city-state-ZIP and ZIP codes in context',
  types: ['address', 'zip'],
  find(ctx) {
    const out: RawMatch[] = [];
    for (const p of PATTERNS) {
      if ((p.needs !== undefined && !ctx.lower.includes(p.needs)) || (p.gate && !p.gate.test(ctx.text))) continue;
      for (const m of SEARCH.get(p)!(ctx, ctx.text)) {
        const start = m.index!;
        let end = start + m[0].length;
        while (end > start && /\s/.test(ctx.text[end - 1]!)) end--;
        if (p.name === 'number-foreign-street') {
          // The street name ends before a word of running text ("5 Rue Royale and then went home").
          const pieces = [...ctx.text.slice(start, end).matchAll(/[\p{L}][\p{L}\p{M}'’-]*|\d+\w*/gu)];
          for (let k = 2; k < pieces.length; k++) {
            const w = pieces[k]![0].toLowerCase();
            if (!PARTICLES.has(w) && (words.grammatical.has(w) || NOT_NAMES.has(w) || CALENDAR_WORDS.has(w))) { end = start + pieces[k]!.index! - 1; break; }
          }
          while (end > start && /\s/.test(ctx.text[end - 1]!)) end--;
          if (pieces.length < 3 || start + pieces[2]!.index! >= end) continue;
        }
        if (p.name === 'named-street' && !streetWordsOk(ctx, start, end - 7)) continue;
        // "Cowie MR et al. NEJM 2015": a citation, not an aleja.
        if (p.name === 'foreign-street-prefix' && /\bet\s*$/i.test(ctx.text.slice(Math.max(0, start - 4), start))) continue;
        if (p.name === 'us-street') {
          // "5K + 1 MILE WALK", "a 2 Minute Walk": a distance or a time, not a house number.
          if (/^\d+[ \t]+(?:mile|miles|km|kilometer|kilometre|minute|minutes|hour|hours|step|steps|lap|laps|block|blocks)\b/i.test(m[0])) continue;
          // "1300-1700 Oak Street Clinic": hours of a session, not a house number.
          if (/^(?:[01]\d|2[0-3])[0-5]\d-(?:[01]\d|2[0-4])[0-5]\d[ \t]/.test(m[0])) continue;
          // The street without its unit ("610 Harbor St, Suite 4"): the words before its type must be a street name.
          const street = m[0].replace(/[.,]?(?:[ \t]+(?:Apt|Apartment|Suite|Ste|Unit|APT|SUITE|UNIT|#)\.?\s*#?\w+)?\s*$/, '');
          const type = street.match(/(\p{L}+)$/u)?.[1]?.toLowerCase() ?? '';
          if (!streetWordsOk(ctx, start, start + street.length - type.length - 1)) continue;
          if (AMBIGUOUS_TYPES.has(type) && !ADDRESS_END.test(ctx.text.slice(end, end + 8)) && !ADDRESS_CUE.test(ctx.text.slice(Math.max(0, start - 24), start))) continue;
          // "25 Units Dr. Smith": "Dr."/"St." before a Capitalized word is an honorific or a saint.
          if ((type === 'dr' || type === 'st') && /^\.[ \t]+\p{Lu}/u.test(ctx.text.slice(end, end + 3))) continue;
        }
        // A building or postal number written before the street ("28245 Puruntie 82").
        let s0 = start;
        if (p.name !== 'unit') {
          for (;;) {
            // One space only: numbers in the columns of a table ("Thu 10/9   1300-1700   Oak Street Clinic") are not.
            const lead = ctx.text.slice(Math.max(0, s0 - 24), s0).match(/(?:(?:Apt|Suite|Unit)\.?\s*)?\d{1,6}[ \t]$/i);
            if (!lead || /\d$/.test(ctx.text.slice(0, s0 - lead[0].length))) break;
            s0 -= lead[0].length;
          }
        }
        if (p.name === 'number-name-number' && !/^(?:[\n,]|\s*$|\s+(?:Apt|Suite|Unit)\b)/.test(ctx.text.slice(end, end + 8)) && !/(?:at|address|:|\n|lives|to|on|from)\s*$/i.test(ctx.text.slice(Math.max(0, start - 20), start))) continue;
        out.push({ type: p.type ?? 'address', start: s0, end, confidence: p.confidence, pattern: p.name });
      }
    }
    if (ctx.lower.includes('corner') && /\bcorner\s+of\b/i.test(ctx.text)) {
      for (const m of allMatches(CORNER, ctx.text)) out.push({ type: 'address', start: m.index!, end: m.index! + m[0].length, confidence: 0.75, pattern: 'street-corner' });
    }
    cuedStreets(ctx, out);
    cityPostcodes(ctx, out);
    out.push(...zipMatches(ctx));
    return joinBlocks(ctx, out);
  },
};
