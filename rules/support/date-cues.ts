import { cueMatcher } from '../../lib/detect/cues';

/**
 * Words that tie a date to a person (birth, service, admission, discharge, appointment, death). Only a date
 * with one of these nearby carries a `cue`, which lib/detect/verdict.ts reads as identifying.
 */
export const PERSONAL_DATE_CUES = cueMatcher([
  'dob', 'd.o.b', 'd.o.b.', 'date of birth', 'birth date', 'birthdate', 'birthday', 'born', 'b.', 'dos',
  'date of service', 'service date', 'admit', 'admitted', 'admission', 'adm', 'readmitted', 'discharge',
  'discharged', 'd/c', "d/c'd", 'dc', "dc'd", 'appointment', 'appt', 'visit', 'seen', 'surgery', 'operation',
  'procedure', 'expired', 'died', 'death', 'date of death', 'dod', 'deceased', 'scheduled', 'follow-up',
  'follow up', 'f/u', 'transferred', 'transfer', 'presented', 'intubated', 'extubated', 'delivered',
  'delivery', 'edd', 'lmp', 'due date', 'injury', 'accident', 'vaccinated', 'immunized', 'since',
]);
