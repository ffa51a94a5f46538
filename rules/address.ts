import type { RawMatch, Recognizer, ScanContext } from './types';
import { STREET_TYPES, US_STATES } from './lexicons/places';
import { compromiseWords } from './lexicons/compromise-lexicon';

const STATE_CODES = Object.keys(US_STATES).join('|');
const CAP = String.raw`[\p{Lu}][\p{L}\p{M}'’.-]*`;
const STREET = STREET_TYPES.join('|');

// Street words in other languages, before the name ("Rua do Arenque 1634") or as a suffix ("Puruntie 82").
const FOREIGN_PREFIX = String.raw`(?:Rua|Rue|Av\.?|Avda\.?|Avenida|Avenue|Via|Viale|Vicolo|Corso|Calle|Carrer|Camino|Paseo|Piazza|Plaza|Praça|Largo|Travessa|ul\.?|ulica|al\.?|Aleja|Plac|Place|Chemin|Allée|Boulevard|Bd\.?|Strada|Str\.?|Rambla|Ulitsa|Odos|Odós|Οδός|Leof\.?|Sokak|Cadde(?:si)?|Jalan|Jl\.?)`;
const FOREIGN_SUFFIX_WORDS = String.raw`tie|katu|kuja|polku|väylä|vej|vegen|veien|gade|gatan|vägen|gata|gränd|straße|strasse|str\.|weg|laan|straat|gracht|plein|gasse|platz|allee|damm|ufer|utca|út|útja|tér|körút|sokak|ulica|ulice|cesta|iela|gatvė|tänav|vegur|stræti|gata|braut|sund|lane|road|street|gate|kapu|u\.`;
// Both "Villacher Strasse" and "Hauptstrasse": each suffix also with a capital first letter.
const FOREIGN_SUFFIX = `(?:${FOREIGN_SUFFIX_WORDS.split('|').map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|')})`;

const PATTERNS: { name: string; regex: RegExp; confidence: number; type?: 'zip' }[] = [
  // 123 Main St, 19 Clover St., 4500 N. Lake Shore Drive Apt 5
  {
    name: 'us-street',
    regex: new RegExp(String.raw`\b\d{1,6}[A-Za-z]?(?:-\d+)?\s+(?:[NSEW]\.?\s+|(?:North|South|East|West)\s+)?(?:${CAP}\s+){1,4}(?:${STREET})\b\.?(?:,?\s+(?:Apt|Apartment|Suite|Ste|Unit|#)\.?\s*#?\w+)?`, 'giu'),
    confidence: 0.85,
  },
  // Rua do Arenque 1634, Via Roma 131, ul. Słowicza 10
  {
    name: 'foreign-street-prefix',
    regex: new RegExp(String.raw`(?<![\p{L}])${FOREIGN_PREFIX}\s+(?:(?:[\p{Lu}][\p{L}\p{M}'’.-]*|d[aeio]s?|del|de|di|la|le|do|das|dos|von|van|al|el)\s+){0,5}\d{1,5}[A-Za-z]?\b`, 'gu'),
    confidence: 0.85,
  },
  // Puruntie 82, Snellmaninkatu 55, Villacher Strasse 89, Erzsébet tér 19.
  {
    name: 'foreign-street-suffix',
    regex: new RegExp(String.raw`(?<![\p{L}])(?:[\p{Lu}][\p{L}\p{M}'’-]*\s+){0,3}(?:[\p{Lu}][\p{L}\p{M}'’-]*)?${FOREIGN_SUFFIX}\.?\s+\d{1,5}[A-Za-z]?\b\.?`, 'gu'),
    confidence: 0.8,
  },
  // Presidio-style "92597 Jahu 80": a number, Capitalized words, a number, in an address-looking run.
  {
    name: 'number-name-number',
    regex: new RegExp(String.raw`(?<![\d\p{L}])\d{1,6}\s+(?:[\p{Lu}][\p{Ll}\p{M}'’.-]+\s+){1,4}\d{1,5}\b(?!\s*(?:mg|ml|cc|%|am|pm|x|units?)\b)`, 'gu'),
    confidence: 0.6,
  },
  { name: 'unit', regex: /\b(?:Apt|Apartment|Suite|Ste|Unit|Bldg|Building)\.?\s*#?\s*\d{1,5}[A-Z]?\b/gi, confidence: 0.7 },
  { name: 'po-box', regex: /\b(?:P\.?\s?O\.?\s*Box|Post\s+Office\s+Box|Box)\s+#?\d{1,6}\b/gi, confidence: 0.85 },
  // Military mail: "PSC 1234, Box 5678 APO AE 09876", "USNV Botolen FPO AE 12382", "Unit 5477 Box 8244 DPO AP 15730"
  { name: 'military', regex: /\b(?:(?:PSC|CMR|Unit)\s+\d{3,5},?\s+Box\s+\d{1,5}\s+|USN[SV]\s+[\p{Lu}][\p{L}]*\s+|USS\s+[\p{Lu}][\p{L}]*\s+)?(?:APO|FPO|DPO)\s+(?:AA|AE|AP)\s+\d{5}\b/giu, confidence: 0.9 },
  // Springfield, IL 62701 / GRASSE, PA 39551
  {
    name: 'city-state-zip',
    regex: new RegExp(String.raw`(?<![\p{L}])(?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){0,3}[\p{Lu}][\p{L}\p{M}'’.-]*,\s+(?:${STATE_CODES}|[A-Z]{2})\s+\d{5}(?:-\d{4})?\b`, 'gu'),
    confidence: 0.9,
  },
];

const ZIP_CUE = /(?:zip|zip\s*code|postal\s*code|postcode|post\s*code|plz|cep)\s*(?:is|:|#)?\s*$/i;

function zipMatches(ctx: ScanContext): RawMatch[] {
  const out: RawMatch[] = [];
  // A ZIP after a state code ("MD 21201"), after a ZIP cue (where other countries' formats count too),
  // or after a country name closing an address block ("Finland 41600").
  for (const m of ctx.text.matchAll(/(?<![\w-])(\d{5}(?:-\d{4})?|\d{3}\s\d{2}|\d{4}|\d{2}-\d{3}|\d{5}-\d{3}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{4}\s?[A-Z]{2}|\d{3})(?![\w-])/g)) {
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

export const address: Recognizer = {
  id: 'address',
  description: 'Street addresses (US and international), unit/PO box/military addresses, city-state-ZIP and ZIP codes in context',
  types: ['address', 'zip'],
  find(ctx) {
    const out: RawMatch[] = [];
    for (const p of PATTERNS) {
      p.regex.lastIndex = 0;
      for (const m of ctx.text.matchAll(p.regex)) {
        const start = m.index!;
        let end = start + m[0].length;
        while (end > start && /\s/.test(ctx.text[end - 1]!)) end--;
        // A building or postal number written before the street ("28245 Puruntie 82", "Apt. 675 62314 ...").
        let s0 = start;
        for (;;) {
          const lead = ctx.text.slice(Math.max(0, s0 - 24), s0).match(/(?:(?:Apt|Suite|Unit)\.?\s*)?\d{1,6}[ \t]+$/i);
          if (!lead || /\d$/.test(ctx.text.slice(0, s0 - lead[0].length))) break;
          s0 -= lead[0].length;
        }
        if (p.name === 'number-name-number' && !/[\n,]|^\s*$/.test(ctx.text.slice(end, end + 2)) && !/(?:at|address|:|\n|lives|to|on|from)\s*$/i.test(ctx.text.slice(Math.max(0, start - 20), start))) continue;
        out.push({ type: p.type ?? 'address', start: s0, end, confidence: p.confidence, pattern: p.name });
      }
    }
    out.push(...zipMatches(ctx));
    return out;
  },
};
