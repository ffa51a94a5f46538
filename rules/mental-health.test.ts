import { describe } from 'vitest';
import { mentalHealth } from './mental-health';
import { recognizerTable } from './lexicons/health/table';

describe('mental-health recognizer', () => {
  recognizerTable(mentalHealth, [
    ['Dx major depressive disorder, recurrent.', 'major depressive disorder'],
    ['Hx MDD and GAD.', 'MDD'],
    ['Endorses suicidal ideation without plan.', 'suicidal ideation'],
    ['Bipolar II, current episode depressed.', 'Bipolar II'],
    ['Bipolar II, current episode depressed.', 'depressed'],
    ['Known schizophrenia, stable.', 'schizophrenia'],
    ['Started sertraline for depression.', 'sertraline'],
    ['Denies SI/HI.', 'SI/HI'],
    ['PTSD after the accident.', 'PTSD'],
    // levels of care and units
    ['Discharged from inpatient psychiatry on 5/31.', 'inpatient psychiatry'],
    ['Two psychiatric hospitalizations in 2023.', 'psychiatric hospitalizations'],
    ['Transferred to the crisis stabilization unit.', 'crisis stabilization unit'],
    ['Referred to a partial hospitalization program for depression.', 'partial hospitalization program'],
    // rating scales
    ['C-SSRS low risk today.', 'C-SSRS'],
    ['EPDS score 16 at the postpartum visit.', 'EPDS'],
    ['PCL-5 of 52.', 'PCL-5'],
    // drugs: psychiatric within a few sentences, off-label only with the symptom
    ['the zoloft isnt working. i cant sleep. (long reply follows) We will talk about your depression medicine.', 'zoloft'],
    ['Started Trintellix 10 mg. PHQ-9 down to 8.', 'Trintellix'],
    ['He is prescribed prazosin for nightmares.', 'prazosin'],
    ['Hydroxyzine prn for anxiety.', 'Hydroxyzine'],
    ['Placed on a 72-hour hold last night.', '72-hour hold'],
    ['Please send the neuropsych testing report.', 'neuropsych testing'],
    ['History of purging, now restricting intake; eating disorder program.', 'purging'],
    // owned conditions, therapies by their abbreviation beside clinical words, plurals
    ["She has postpartum depression.", "postpartum depression"],
    ["i also have anxiety so idk if its that", "anxiety"],
    ["Completed 16 sessions of CBT. PHQ-9 22", "CBT"],
    ["20 minutes in what felt like dissociation", "dissociation"],
    ["caregivers of teens living with eating disorders", "eating disorders"],
    // ICD-10 chapter F codes
    ["major depressive disorder, recurrent, moderate (F33.1)", "F33.1"],
    // electrical bipolar
    // Hopelessness in a patient's words beside a psychiatric cue (fresh33); the same words in office mail
    ['Depression screen: she says she doesn\'t see the point of any of this.', 'doesn\'t see the point'],
    ['Psychiatric hold after a ligature attempt last night.', 'ligature attempt'],
    // a long-acting antipsychotic says psychotic illness on its own (fresh55)
    ['Mulroney is on Aristada 1064 mg q2 months.', 'Aristada'],
  ], [
    // hoarding supplies and a tangential point are office talk (fresh55)
    'Stop hoarding the good pens in Room 4.',
    'Started sertraline 50 mg.',
    'Patient reports nausea on sertraline.',
    'I am taking a mental health day tomorrow.',
    'Mental health awareness week starts Monday.',
    'Will you cover my shift?',
    'The Great Recession unit starts in history class.',
    'The si files are in the shared drive.',
    'Positive feedback from the team.',
    'We ordered more lithium batteries.',
    'A bit of anxiety before the audit is normal.',
    'The patient portal newsletter is out.',
    // physiological "depression", departments, off-label drugs without the symptom
    'ECG with ST depression V4-V6.',
    'Watch for respiratory depression on the PCA.',
    'Renata, RN, Behavioral Health Integration',
    'Questions? Call Behavioral Health Services at x4100.',
    'Prazosin 2 mg for BPH, BP stable.',
    'Continue hydroxyzine for itching from the rash.',
    'Clonidine patch for blood pressure.',
    'Ativan 1 mg IV given before the MRI.',
    'IOP 18 mmHg OD, 21 OS.',
    'Our PHP developers meet on Tuesday.',
    'Haloperidol for ICU delirium overnight.',
    'The SCARED kitten hid under the desk.',
    'Dr. Lee, Director of Behavioral Health, will speak.',
    'Congrats to the Chief of Inpatient Psychiatry!',
    'Purging old files from the shared drive tonight.',
    'The psychology department picnic is Friday.',
    // owned conditions, therapies by their abbreviation beside clinical words, plurals
    "CBT modules are due for all staff by Friday.",
    "Anxiety about the audit is understandable, says the memo.",
    "PSYCHOTHERAPY NOTE - do not file in the general chart",
    // ICD-10 chapter F codes
    "Form F1.2 is attached.",
    // electrical bipolar
    "The bipolar ionization air filters arrive Monday.",
    // Hopelessness in a patient's words beside a psychiatric cue (fresh33); the same words in office mail
    'I don\'t see the point of this meeting.',
    'Ligature-resistant hardware install on 5 West.',
  ]);
});
