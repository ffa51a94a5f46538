import { definePatternRecognizer } from './pattern';
import { gtinValid } from './validators/checksums';
import { ID_VALUE, labeledValueRegex, looksLikeDate } from './validators/labeled';
import { luhnValid } from './validators/luhn';

const SERIAL_LABELS = [
  'serial number', 'serial numbers', 'serial no', 'serial #', 'serial', 'serials', 's/n', 'sn', 'sn#', 'device id', 'device serial',
  'device identifier', 'device number', 'implant serial', 'pacemaker serial', 'udi', 'udi-di', 'imei', 'meid',
  'equipment id', 'asset tag',
];

export const deviceId = definePatternRecognizer({
  id: 'device-id',
  description: 'Device identifiers: GS1 UDIs "(01)GTIN...", HIBCC UDIs "+H123...", IMEIs and serial numbers after a label',
  type: 'device_id',
  patterns: [
    // GS1: (01) + 14-digit GTIN, then optional (17) expiry / (10) lot / (21) serial elements.
    { name: 'gs1 udi', regex: /\(01\)(\d{14})(?:\s?\(\d{2,4}\)[A-Za-z0-9-]{1,20})*/g, confidence: 0.85 },
    // HIBCC: "+", a letter, 3 alphanumerics of labeler code, product and check characters.
    { name: 'hibcc udi', regex: /(?<![\w+])\+[A-Z][A-Z0-9]{3}[A-Z0-9]{4,18}(?:\/[A-Z0-9$+%]{2,20})?(?![\w])/g, confidence: 0.55 },
    { name: 'imei', regex: /(?<![\w-])\d{15}(?![\w-])/g, confidence: 0.3, wordLength: 15 },
    { name: 'labeled serial', regex: labeledValueRegex(SERIAL_LABELS, ID_VALUE), confidence: 0.8 },
    {
      // "Serial on his controller is OP5-2291-7730", "the serial number of her pump: PX41-0093": the device said
      // between the label and the value.
      name: 'serial of a device',
      regex: new RegExp(`(?<![\\p{L}])serial(?:[ \\t]+(?:number|no\\.?|#))?[ \\t]+(?:on|of|for)[ \\t]+(?:his|her|their|your|my|the|this)[ \\t]+[a-z]+(?:[ \\t]+[a-z]+)?[ \\t]*(?:is|says|reads|:|=|-)[ \\t]*(?<value>${ID_VALUE})`, 'giu'),
      confidence: 0.8,
      startsWith: ['serial'],
    },
    {
      // A pair of devices, one per side: "Serials on file: L 2308-55120, R 2308-55121", "Processor serials L SP9-L-77140 /
      // R SP9-R-77141". Each side's letter and value, after a serial label on the same line.
      name: 'serial per side',
      regex: new RegExp(`(?<=(?<![\\p{L}])(?:serials?|s\\/n)\\b[^\\n]{0,40}?(?:[\\s:,/;(]|^)(?:L|R|Lt|Rt|left|right|LEFT|RIGHT)[ \\t]*[:=-]?[ \\t]*)(?<value>${ID_VALUE})`, 'giu'),
      confidence: 0.75,
      needs: 'serial',
    },
  ],
  cues: ['imei', 'device', 'udi', 'serial', 'implant', 'pacemaker', 'pump'],
  cueBoost: 0.35,
  validate: (value, pattern) => {
    if (pattern === 'gs1 udi') return gtinValid(value.slice(4, 18)) ? 'pass' : false;
    if (pattern === 'imei') return luhnValid(value) ? 'pass' : false;
    return true;
  },
  invalidate: (value, pattern) =>
    (pattern === 'hibcc udi' && !/\d/.test(value)) ||
    (pattern === 'labeled serial' && (looksLikeDate(value) || /^(?:19|20)\d\d$/.test(value))),
});
