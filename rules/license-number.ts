import { definePatternRecognizer } from './pattern';
import { deaValid } from './validators/checksums';
import { ID_VALUE, labeledValueRegex, looksLikeDate } from './validators/labeled';
import { npiValid } from './validators/luhn';

const NOT_MORE = '(?![\\w-]|[.,]\\d)';
/** "1234567890", "1111111111": template placeholders, not someone's number. */
const placeholder = (digits: string) => /^(\d)\1+$/.test(digits) || '01234567890123456789'.includes(digits);

const LICENSE_LABELS = [
  "driver's license", "driver's licence", 'drivers license', 'driver license', "driver's lic", 'drivers lic',
  'license', 'licence', 'license number', 'license no', 'license #', 'lic', 'lic #', 'lic no', 'dl', 'dl#', 'dl #',
  'cdl', 'state license', 'medical license', 'nursing license', 'professional license', 'certificate number',
  'certificate #', 'cert #', 'board certification',
  // A laboratory's, a pharmacy's or a medical examiner's registration: "CLIA 11D2098765", "NCPDP 4821763",
  // "National Registry # 3918277406".
  'clia', 'clia #', 'clia number', 'ncpdp', 'ncpdp #', 'national registry', 'national registry #', 'registry #',
];

export const licenseNumber = definePatternRecognizer({
  id: 'license-number',
  description: "Driver's/professional license numbers after a label, DEA registrations (checksum), NPIs (Luhn with 80840)",
  type: 'license_number',
  patterns: [
    { name: 'dea number', regex: /(?<![\w-])[A-Za-z][A-Za-z9]\d{7}(?![\w-])/g, confidence: 0.65, wordLength: 9 },
    // Any 10-digit number passes the NPI Luhn one time in ten: the cue decides.
    { name: 'npi', regex: /(?<![\w-])[12]\d{9}(?![\w-])/g, confidence: 0.35, wordLength: 10 },
    // Right after "NPI" ten digits are the NPI even when the Luhn check fails (a typo, an invented example):
    // low base, so only the adjacent label (a cue, +0.3) carries it over the threshold.
    { name: 'labeled npi', regex: labeledValueRegex(['npi', 'npi#', 'npi #', 'npi no', 'npi number'], `[12]\\d{9}${NOT_MORE}`), confidence: 0.3 },
    // Right after "DEA" a registration's shape is the DEA number even when its check digit fails (a typo on a script).
    { name: 'labeled dea', regex: labeledValueRegex(['dea', 'dea#', 'dea #', 'dea no', 'dea number', 'dea registration'], `[A-Za-z][A-Za-z9]\\d{7}${NOT_MORE}`), confidence: 0.3 },
    { name: 'labeled license', regex: labeledValueRegex(LICENSE_LABELS, ID_VALUE), confidence: 0.8 },
    // The issuing state between the label and the number: "CDL OH: RT448219", "DL (CA) #D1234567".
    { name: 'license with state', regex: new RegExp(`(?<![\\p{L}\\p{N}_])(?:cdl|dl|driver'?s?\\s+licen[sc]e)[ \\t]+\\(?[A-Z]{2}\\)?[ \\t]*[:#]?[ \\t]*(?<value>${ID_VALUE})`, 'giu'), confidence: 0.8, startsWith: ['cdl', 'dl', 'driver', 'drivers', "driver's"] },
  ],
  cues: ['dea', 'dea#', 'npi', 'npi#', 'prescriber', 'license', 'licence', 'lic'],
  cueWindowBefore: 30,
  cueBoost: 0.3,
  validate: (value, pattern) => {
    if (pattern === 'dea number') return deaValid(value) ? 'pass' : false;
    if (pattern === 'npi') return npiValid(value) ? 'pass' : false;
    if (pattern === 'labeled npi') return npiValid(value) ? 'pass' : true;
    if (pattern === 'labeled dea') return deaValid(value) ? 'pass' : true;
    return true;
  },
  invalidate: (value, pattern) =>
    (pattern === 'labeled npi' && placeholder(value)) ||
    (pattern === 'labeled license' && (looksLikeDate(value) || /^(?:19|20)\d\d$/.test(value))),
});
