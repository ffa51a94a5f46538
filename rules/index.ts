import type { Recognizer } from './types';
import { ssn } from './ssn';
import { mrn } from './mrn';
import { phone } from './phone';
import { email } from './email';
import { url } from './url';
import { ipAddress } from './ip-address';
import { healthPlanId } from './health-plan-id';
import { accountNumber } from './account-number';
import { licenseNumber } from './license-number';
import { vehicleId } from './vehicle-id';
import { deviceId } from './device-id';
import { otherId } from './other-id';
import { name } from './name';
import { date } from './date';
import { age } from './age';
import { address } from './address';
import { location } from './location';
import { diagnosis } from './diagnosis';
import { medication } from './medication';
import { procedure } from './procedure';
import { procedureCode } from './procedure-code';
import { labPanel } from './lab-panel';
import { wordForm } from './word-form';
import { mentalHealth } from './mental-health';
import { substanceUse } from './substance-use';
import { hiv } from './hiv';
import { reproductiveHealth } from './reproductive-health';
import { genetic } from './genetic';
import { minor } from './minor';
import { psychotherapyNote } from './psychotherapy-note';
import { tableColumn } from './table-column';

/** Every built-in recognizer, in one list (a meta-test checks each rules/*.ts file is registered here). */
export const RECOGNIZERS: readonly Recognizer[] = [
  ssn,
  mrn,
  phone,
  email,
  url,
  ipAddress,
  healthPlanId,
  accountNumber,
  licenseNumber,
  vehicleId,
  deviceId,
  otherId,
  name,
  date,
  age,
  address,
  location,
  diagnosis,
  medication,
  procedure,
  procedureCode,
  labPanel,
  wordForm,
  mentalHealth,
  substanceUse,
  hiv,
  reproductiveHealth,
  genetic,
  minor,
  psychotherapyNote,
  tableColumn,
];
