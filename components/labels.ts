import type { FindingCategory, FindingType, Verdict } from '../lib/detect/types';
import type { DisclosurePurpose, RecipientSignalId, SignalAction } from '../lib/policy/schema';
import type { RecipientRiskEntry } from '../lib/recipients/types';

/** Plain-language wording shown to the user; one place so the prompt, list and tooltip say the same thing. */

export const PURPOSE_LABELS: Record<DisclosurePurpose, { label: string; explanation: string }> = {
  treatment: {
    label: 'Treatment',
    explanation: "Providing or coordinating the patient's care, including consults and referrals.",
  },
  payment: {
    label: 'Payment',
    explanation: 'Billing, claims, eligibility checks or prior authorization for care.',
  },
  operations: {
    label: 'Health care operations',
    explanation: 'Quality review, audits, training, or running the practice.',
  },
  patient_request: {
    label: 'To the patient (right of access)',
    explanation: 'Sending patients their own information, as they asked.',
  },
  authorization: {
    label: "With the patient's authorization",
    explanation: 'The patient signed a valid authorization that covers this disclosure.',
  },
  required_by_law: {
    label: 'Required by law / public interest',
    explanation: 'A law, court order, public-health report or oversight agency requires it.',
  },
  family_involved: {
    label: 'Family or friend involved in care',
    explanation: "Someone involved in the patient's care or payment, and the patient did not object.",
  },
  personal_representative: {
    label: 'Personal representative',
    explanation: 'Someone with legal authority to act for the patient, such as a guardian.',
  },
  emergency: {
    label: 'Emergency / serious threat',
    explanation: "Needed to prevent or lessen a serious, imminent threat to someone's health or safety.",
  },
};

export const CATEGORY_LABELS: Record<FindingCategory, string> = {
  identifier: 'Identifiers',
  health: 'Health information',
  sensitive: 'Sensitive health information',
  psychotherapy: 'Psychotherapy notes',
};

/** The category of one finding, inside a sentence: "Date (identifier)". */
export const CATEGORY_NOUNS: Record<FindingCategory, string> = {
  identifier: 'identifier',
  health: 'health information',
  sensitive: 'sensitive health information',
  psychotherapy: 'psychotherapy note',
};

export const TYPE_LABELS: Record<FindingType, string> = {
  name: 'Name',
  address: 'Street address',
  location: 'Place',
  zip: 'ZIP code',
  date: 'Date',
  age_over_89: 'Age over 89',
  phone: 'Phone number',
  fax: 'Fax number',
  email: 'Email address',
  ssn: 'Social Security number',
  mrn: 'Medical record number',
  health_plan_id: 'Health plan ID',
  account_number: 'Account number',
  license_number: 'License number',
  vehicle_id: 'Vehicle identifier',
  device_id: 'Device identifier',
  url: 'Web address',
  ip_address: 'IP address',
  other_id: 'Other identifying number',
  diagnosis: 'Diagnosis',
  medication: 'Medication',
  procedure: 'Procedure',
  mental_health: 'Mental health',
  substance_use: 'Substance use',
  hiv: 'HIV / AIDS',
  reproductive_health: 'Reproductive health',
  genetic: 'Genetic information',
  minor: 'Minor',
  psychotherapy_note: 'Psychotherapy note',
};

/** Names used inside a sentence ("stricter rules for mental health and substance use"). */
export const SENSITIVE_LABELS: Record<Verdict['sensitive'][number], string> = {
  mental_health: 'mental health',
  substance_use: 'substance use',
  hiv: 'HIV / AIDS',
  reproductive_health: 'reproductive health',
  genetic: 'genetic information',
  minor: 'minors',
};

export const SIGNAL_LABELS: Record<RecipientSignalId, string> = {
  external: 'Outside your organization',
  personal_webmail: 'Personal email account',
  too_many: 'Many recipients',
  mixed: 'Internal and external recipients mixed',
  lookalike: 'Look-alike address',
  first_time: 'First message with PHI to this address',
  reply_all: 'Reply to all',
  wrong_patient: 'May be the wrong patient',
};

export const ACTION_LABELS: Record<SignalAction, string> = {
  note: 'Note',
  acknowledge: 'Check required',
  block: 'Blocks sending',
};

export const RECIPIENT_KIND_LABELS: Record<RecipientRiskEntry['kind'], string> = {
  internal: 'internal',
  trusted: 'trusted partner',
  personal: 'personal email',
  external: 'external',
};

/** "a", "a and b", "a, b and c". */
/** A type's label inside a sentence: "medical record number", but "HIV / AIDS" and "Social Security number" keep their capitals. */
export function typeNoun(type: FindingType): string {
  const label = TYPE_LABELS[type];
  return /^[A-Z][a-z]/.test(label) && type !== 'ssn' ? label[0]!.toLowerCase() + label.slice(1) : label;
}

/** What was found, in a sentence and in the order the message mentions it: "name, date and diagnosis". */
export function findingSummary(findings: readonly { type: FindingType; start: number }[]): string {
  const types = [...new Set([...findings].sort((a, b) => a.start - b.start).map((f) => f.type))];
  return joinWords(types.map(typeNoun));
}

export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

export function confidenceLabel(confidence: number): string {
  const percent = Math.round(Math.min(1, Math.max(0, confidence)) * 100);
  const word = confidence >= 0.85 ? 'high' : confidence >= 0.6 ? 'medium' : 'low';
  return `${word} (${percent}%)`;
}
