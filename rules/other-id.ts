import { isHcpcsCode } from './procedure-code';
import { planContextId } from './health-plan-id';
import { definePatternRecognizer } from './pattern';
import { itinStructureValid, ssnStructureValid } from './validators/checksums';
import { ID_VALUE, ID_VALUE_3_DIGITS, labeledValueRegex, looksLikeDate, nonPersonalNumberContext } from './validators/labeled';

/** An ITIN begins with 9: its numeric forms are tried only at words of their length that start with one. */
const ITIN_START = ['9'];

/** An SSN/ITIN-shaped value that is neither ("my tax id 911-89-1234") is a typo or a sample, not an id. */
const impossibleTaxId = (value: string) =>
  /^\d{3}-\d{2}-\d{4}$/.test(value) && !ssnStructureValid(value.replace(/-/g, '')) && !itinStructureValid(value.replace(/-/g, ''));

const PASSPORT_LABELS = ['passport', 'passport number', 'passport no', 'passport #', 'travel document', 'travel document number'];
const ID_LABELS = [
  'id', 'id#', 'id #', 'id no', 'id number', 'identification number', 'identification #', 'identifier', 'ref',
  'ref #', 'ref no', 'reference number', 'reference #', 'reference no', 'case number', 'case #', 'case no', 'case id',
  'claim number', 'claim #', 'claim #s', 'claims #', 'claim no', 'claim id', 'employee id', 'employee #', 'badge', 'badge #', 'student id',
  'national id', 'tax id', 'taxpayer id', 'itin', 'tin', 'ein', 'green card', 'alien number', 'a-number',
  'visa number', 'voter id', 'military id', 'dod id', 'va file number',
  // Numbers a claim, a lab order or an authorization is filed under: each points at one patient's record.
  'claim', 'claims', 'acc', 'accession', 'accession number', 'accession #', 'accession no', 'specimen id', 'specimen #',
  'specimen number', 'requisition', 'requisition #', 'requisition number', 'authorization number',
  'authorization #', 'auth #', 'auth number', 'prior auth #', 'prior authorization number', 'referral number',
  'referral #', 'referral id', 'claim reference', 'claim ref', 'reference', 'filter card', 'filter card #',
  'filter card no', 'kit number', 'kit #', 'kit id', 'sample id', 'barcode', 'bar code',
  // A pharmacy's prescription number ("Rx #6104827"): not a bare "Rx", which heads a drug and its dose.
  'rx #', 'rx#', 'rx no', 'rx number', 'prescription number', 'prescription #', 'prescription no',
  // A lab requisition, a jail booking, a portal account: "REQ# 4417-9920", "Booking #: MCJ-554190".
  'req #', 'req#', 'booking', 'booking #', 'booking number', 'inmate number', 'inmate #', 'username',
  'user name', 'portal username', 'portal id', 'login', 'user id',
  // A safety event, a records request, a drug test's custody form, a pharmacy voucher, an interpreter's session:
  // each filed under the one patient it concerns ("Event #: SE-25-0917 Patient: ...", "request # ROI-558201").
  'event #', 'event number', 'event no', 'safety event #', 'incident #', 'incident number', 'request #',
  'request number', 'roi #', 'roi request #', 'voucher', 'voucher #', 'voucher number', 'ccf #', 'ccf', 'ccf number',
  'custody form #', 'interpreter #', 'interpreter id',
  // A prior-authorization or privacy case, a research subject, an amended pathology report: "Case PA-7730918",
  // "Incident PRIV-2025-0318", "Subj TXT-0147", "AMENDED REPORT - S25-14872".
  'case', 'incident', 'subj', 'study subject', 'subject id', 'subject #', 'subject number', 'study id', 'participant id',
  'amended report', 'pathology report', 'path report', 'surgical pathology', 'cytology report',
  // "Acc# LC-25-275-08831", "Auth SNF-2025-0771346", "DCN: 21925300481207" (a claim's document control number).
  'acc #', 'acc#', 'acc no', 'auth', 'authorization', 'dcn', 'dcn #', 'document control number',
  // A bill's number: a patient's statement or a vendor's invoice, either way one party's record ("Invoice INV-2025-04417").
  'invoice', 'invoice #', 'invoice no', 'invoice number', 'inv #', 'inv#', 'statement #', 'statement number',
  // A prior authorization's, an appeal's or a records request's own number: "PA #: PA-55102877", "appeal # 88213".
  'pa #', 'pa#', 'pa number', 'pa no', 'appeal', 'appeal #', 'appeal number', 'roi request', 'tracking #', 'tracking number',
  // A patient's portal login and a ride's trip number: "My MyChart ID is nadeyemiross", "trip IDs TR-558102".
  'mychart id', 'mychart username', 'trip id', 'trip ids', 'trip #', 'trip number',
  // A prisoner's number with a jail: "offender ID 22-1187" (the Department of Corrections' "DOC#" has its own pattern).
  'offender #', 'offender id', 'offender number', 'inmate id', 'jail id',
  // A study's approval, a return authorization, a temporary detention order, a contract, a grant, an
  // ambulance run, a vault's tamper seal: "IRB #2025-0418", "RMA RMA-88213", "TDO #: TDO-25-1187".
  'irb', 'irb #', 'irb number', 'irb no', 'irb protocol', 'protocol #', 'protocol number', 'protocol no', 'rma', 'rma #',
  'rma number', 'tdo', 'tdo #', 'tdo number', 'eco #', 'contract', 'contract #',
  'contract number', 'contract no', 'vendor id', 'vendor #', 'vendor number', 'grant', 'grant #', 'grant number',
  'run #', 'run number', 'run no', 'seal', 'seal #', 'seal number',
  // Orders, tickets, quotes, grievances and enrollments, each filed under its own number: "PO: PO-77120", "Support
  // ticket VL-339201", "Work order WO-661902", "Re: Grievance GRV-25-1488", "REMS patient enrollment # TP-66120489".
  'accessions', 'po', 'po #', 'po#', 'purchase order', 'purchase order #', 'work order', 'work order #', 'wo #', 'quote',
  'quote #', 'grievance', 'grievance #', 'grievance number', 'enrollment #', 'enrollment number', 'e-rx', 'erx', 'ticket',
  'ticket #', 'support ticket', 'change ticket', 'it change', 'vendor order', 'sales order', 'clinicaltrials.gov',
];

/**
 * "Meeting ID", "order ID", "ticket ID": the word before a generic "ID" names a thing, not a person. (Not
 * "device", "user", "patient" or "employee": those ids point at a person or are HIPAA identifiers themselves.)
 */
const THING_ID = new RegExp(
  '(?<![\\p{L}\\p{N}])(?:meeting|zoom|webex|conference|webinar|event|session|order|ticket|confirmation|transaction|' +
    'tracking|invoice|booking|reservation|request|job|build|version|release|product|item|sku|room|chat|message|thread|' +
    'file|document|project|task|issue|bug|commit|campaign|survey|form|network|wifi|vendor|catalog|model|app)' +
    '[ \\t]+id(?:[ \\t]*(?:#|no\\.?|number))?[\\s:#=.\\-]*(?:(?:is|was)\\s+)?$',
  'iu',
);
const thingId = (text: string, start: number) => THING_ID.test(text.slice(Math.max(0, start - 40), start));

export const otherId = definePatternRecognizer({
  id: 'other-id',
  description: 'US ITIN, passport numbers, letter+8-digit document numbers, and other ids after an "ID #"-style label',
  type: 'other_id',
  patterns: [
    { name: 'itin 3-2-4', regex: /(?<![\w.+-])9\d{2}([- ])\d{2}\1\d{4}(?![\w-]|[ .]\d)/g, confidence: 0.65, wordLength: 3, startsWith: ITIN_START },
    { name: 'itin 3-6', regex: /(?<![\w.+-])9\d{2}-\d{6}(?![\w-]|\.\d)/g, confidence: 0.5, wordLength: 3, startsWith: ITIN_START },
    { name: 'itin 5-4', regex: /(?<![\w.+-])9\d{4}-\d{4}(?![\w-]|\.\d)/g, confidence: 0.5, wordLength: 5, startsWith: ITIN_START },
    // Bare: with a cue, or alone on its line with a valid ITIN group (see ssn.ts).
    // A prisoner's Department of Corrections number, in capitals and all digits: "Vasquez-Treadwell DOC# 448213". A
    // document's number ("doc #ED-TX-114") has letters.
    { name: 'doc number', regex: /(?<![\w-])DOC[ \t]*(?:#|No\.?|number|ID)[ \t]*:?[ \t]*(?<value>\d{4,9})(?![\w-])/g, confidence: 0.7 },
    // An ambulance run filed under its year ("denial on run 25-004417", "Run 25-006102, 06/07/2025: pt ..."); a
    // research protocol under its year ("Protocol 2024-0117").
    { name: 'run number', regex: /(?<![\w-])(?:[Rr]un|RUN)[ \t]+(?<value>\d{2}-\d{4,7})(?![\w-])/g, confidence: 0.7 },
    { name: 'protocol number', regex: /(?<![\w-])(?:[Pp]rotocol|PROTOCOL)[ \t]+(?<value>(?:19|20)\d{2}-\d{3,6})(?![\w-])/g, confidence: 0.7 },
    { name: 'itin bare', regex: /(?<![\w.+-])9\d{8}(?![\w-]|\.\d)/g, confidence: 0.3, wordLength: 9, aloneOnLineConfidence: 0.55, startsWith: ITIN_START },
    // US passport book (and many state licenses): one letter + 8 digits.
    { name: 'letter and 8 digits', regex: /(?<![\w-])[A-Z]\d{8}(?![\w-])/g, confidence: 0.5, wordLength: 9 },
    { name: 'labeled passport', regex: labeledValueRegex(PASSPORT_LABELS, ID_VALUE), confidence: 0.8 },
    { name: 'labeled id', regex: labeledValueRegex(ID_LABELS, ID_VALUE_3_DIGITS), confidence: 0.7 },
    // A reference filed by year: "Appeal APL-2025-07719", "request PA-2025-0318842", "intake # DC-2025-0713382",
    // "FSN-2025-014". Letters, a year, a serial: the shape of a case, a claim or a notice number, whatever label it has
    // (not a fiscal year's span, "FY-2025-2026").
    { name: 'year-serial reference', regex: /(?<![\w-])(?!FY-|CY-)[A-Z]{2,5}-20\d\d-(?!20\d\d(?![\w-]))\d{3,8}(?![\w-]|[.,]\d)/g, confidence: 0.6, needs: '-20' },
    // The same with a two-digit year, the serial sometimes in two parts: "APL-25-003187", "ROI-25-04471",
    // "PA-24-0917-3362", "CM-24-11873". Years 20-29 only, and five digits or more after the year, so a model's
    // or a form's number ("XR-20-44", "CMS-10-114") is not taken for one.
    { name: 'short-year serial reference', regex: /(?<![\w-])(?!FY-|CY-)[A-Z]{2,5}-2\d-(?=(?:\d-?){5,12}(?![\w-]|[.,]\d))\d{2,8}(?:-\d{2,8})?(?![\w-]|[.,]\d)/g, confidence: 0.6, needs: '-2' },
    // A service desk's ticket ("INC0048812", "CHG-0031207", "RITM0012345"): the record a case is tracked under.
    { name: 'service ticket', regex: /(?<![\w-])(?:INC|CHG|RITM|REQ|PRB|SCTASK|TASK)-?\d{6,10}(?![\w-])/g, confidence: 0.6, startsWith: ['inc', 'chg', 'ritm', 'req', 'prb', 'sctask', 'task'] },
    // "Rx 6620931", "RX 7731940": six or more digits after a bare Rx are the pharmacy's number, not a dose.
    { name: 'rx number', regex: /(?<![\p{L}\p{N}_])rx[ \t]*:?[ \t]*(?<value>\d{6,10})(?![\w.,-]|[ \t]*(?:mg|mcg|ml|units?|tabs?|caps?)\b)/giu, confidence: 0.7, startsWith: ['rx'] },
  ],
  cues: ['itin', 'tax id', 'taxpayer', 'tin', 'passport', 'travel document', 'id'],
  cueWindowBefore: 40,
  cueBoost: 0.3,
  validate: (value, pattern) => (pattern.startsWith('itin') ? (itinStructureValid(value.replace(/\D/g, '')) ? 'pass' : false) : true),
  invalidate: (value, pattern, ctx, start) =>
    ((pattern === 'itin 5-4' || pattern === 'itin 3-6') && nonPersonalNumberContext(ctx.text, start, pattern === 'itin 5-4')) ||
    (pattern.startsWith('labeled') && (looksLikeDate(value) || /^(?:19|20)\d\d$/.test(value) || impossibleTaxId(value))) ||
    // "denied claims - H0020": a HCPCS code the claims are for (procedure-code reports it), not a claim number.
    (pattern.startsWith('labeled') && isHcpcsCode(value)) ||
    // "Member Jo Doe, ID W123": the health-plan recognizer reports it as the member id.
    (pattern === 'labeled id' && (planContextId(ctx, start) || thingId(ctx.text, start))),
});
