import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../policy/schema';
import { categoryOf, type Finding, type FindingType } from './types';
import { decideVerdict } from './verdict';

/** Findings placed on the first occurrence of each marked phrase, so the tests do not depend on other rules. */
function findingsIn(text: string, marks: [FindingType, string, string?, string?][]): Finding[] {
  return marks.map(([type, phrase, cue, pattern]) => {
    const start = text.indexOf(phrase);
    if (start < 0) throw new Error(`"${phrase}" not in text`);
    return {
      type, category: categoryOf(type), start, end: start + phrase.length, text: phrase, confidence: 0.85,
      explanation: { rule: 'test', pattern: pattern ?? 'test', validator: 'none', cue },
    };
  });
}
const verdictOf = (text: string, marks: [FindingType, string, string?, string?][]) =>
  decideVerdict(findingsIn(text, marks), { text, lower: text.toLowerCase(), policy: DEFAULT_POLICY });

type Row = { label: string; text: string; marks: [FindingType, string, string?, string?][]; phi: boolean };

const PHI_ROWS: Row[] = [
  {
    label: 'portal reply addressed by honorific',
    text: 'Hi Mrs. Lopez, your A1c came back at 9.2.',
    marks: [['name', 'Lopez'], ['procedure', 'A1c']],
    phi: true,
  },
  {
    label: 'referral with MRN',
    text: 'Referring Gerald Whitcomb, MRN 00482913, for worsening CHF.',
    marks: [['name', 'Gerald Whitcomb'], ['mrn', '00482913'], ['diagnosis', 'CHF']],
    phi: true,
  },
  {
    label: 'family message about a parent',
    text: "This is Linda. Dad's dementia got worse on the new pills. Call me at 603-555-0148.",
    marks: [['name', 'Linda'], ['phone', '603-555-0148'], ['diagnosis', 'dementia']],
    phi: true,
  },
  {
    label: 'date of birth tied to a person plus a prescription',
    text: 'Harold Finch DOB 07/22/1949 needs Ozempic approved.',
    marks: [['name', 'Harold Finch'], ['date', '07/22/1949', 'dob'], ['medication', 'Ozempic']],
    phi: true,
  },
  {
    label: 'psychotherapy note with a client name',
    text: 'Nicole Farrow, session #14. Strong transference today.',
    marks: [['name', 'Nicole Farrow'], ['psychotherapy_note', 'session #14'], ['psychotherapy_note', 'transference']],
    phi: true,
  },
  {
    label: 'a stated age under 18 with a named child',
    text: 'Emily Vasquez, 16-year-old, new type 1 diabetes.',
    marks: [['name', 'Emily Vasquez'], ['minor', '16-year-old', undefined, 'age-years-old'], ['diagnosis', 'type 1 diabetes']],
    phi: true,
  },
  {
    label: 'greeting a person about their prescription, no possessive',
    text: 'Hi Derek, Dr. Amin reviewed it. For the UTI we sent nitrofurantoin to the pharmacy.',
    marks: [['name', 'Derek'], ['name', 'Amin'], ['diagnosis', 'UTI'], ['medication', 'nitrofurantoin']],
    phi: true,
  },
  {
    label: 'an appointment reminder for a named patient, all caps',
    text: 'REMINDER FOR ROSE ALVARADO MEJIA: SCREENING COLONOSCOPY THU 04/03/2025. Hold glyburide that morning.',
    marks: [['name', 'ROSE ALVARADO MEJIA'], ['procedure', 'COLONOSCOPY'], ['medication', 'glyburide']],
    phi: true,
  },
  {
    label: 'a reminder for a patient whose first names were not recognized',
    text: 'Reminder for Rose Alvarado Mejia: colonoscopy prep starts at 5 PM.',
    marks: [['name', 'Mejia'], ['procedure', 'colonoscopy']],
    phi: true,
  },
  {
    label: 'a roster of patients, one "Last, First" row each with their care',
    text: 'HD chairs this week:\nAbara, Ngozi   MWF 2nd shift, chair 7\nQuispe, Rolando   TTS 1st shift - new Lokelma\nTeodora RN, charge',
    marks: [['name', 'Abara, Ngozi'], ['name', 'Quispe'], ['name', 'Rolando'], ['medication', 'Lokelma'], ['name', 'Teodora']],
    phi: true,
  },
  {
    label: 'a daughter writing to the doctor about her father',
    text: "Hi Dr. Morales, this is Linda, Frank Keane's daughter. Dad's dementia is worse. My cell is 603-555-0148.",
    marks: [['name', 'Morales'], ['name', 'Linda'], ['name', 'Frank Keane'], ['diagnosis', 'dementia'], ['phone', '603-555-0148']],
    phi: true,
  },
  {
    label: 'a patient texting the doctor by title, with their own number',
    text: 'hey dr szabo, relapsed saturday, i still have my suboxone strips. same number 413-555-0142',
    marks: [['name', 'szabo'], ['substance_use', 'relapsed'], ['medication', 'suboxone'], ['phone', '413-555-0142']],
    phi: true,
  },
  {
    label: 'overnight critical values, a time then "Last, First" on each row',
    text: 'Critical values, 7 West\n02:14  Adjei, Mercy  5561208  troponin I 2.41\n03:40  Banks, Hunter  INR 6.8 on warfarin',
    marks: [['name', 'Adjei'], ['name', 'Mercy'], ['procedure', 'troponin I'], ['name', 'Banks, Hunter'], ['procedure', 'INR'], ['medication', 'warfarin']],
    phi: true,
  },
  {
    label: 'a reply that opens with the patient\'s name and a dash, then "your" results',
    text: 'Dariusz - glad the induction went OK. Your HCV antibody came back positive.\nSoraya, MA',
    marks: [['name', 'Dariusz'], ['procedure', 'HCV antibody'], ['name', 'Soraya']],
    phi: true,
  },
  {
    label: 'a surgery date said on its own line about "him", no name found',
    text: "hi dr strand, he's 12 wks s/p acl recon, surgery was 8/5. ok to start jogging?",
    marks: [['name', 'strand'], ['procedure', 'acl recon'], ['date', '8/5', 'surgery']],
    phi: true,
  },
  {
    label: 'a patient named before a specialty is no staff member',
    text: 'Referring Gerald Whitcomb, cardiology consult\nWorsening CHF on furosemide.',
    marks: [['name', 'Gerald Whitcomb'], ['diagnosis', 'CHF'], ['medication', 'furosemide']],
    phi: true,
  },
  {
    label: 'a named person owns the health term ("Lucia\'s A1c")',
    text: "Per our call: Lucia's A1c came back 9.4, so we are starting Jardiance.",
    marks: [['name', 'Lucia'], ['procedure', 'A1c'], ['medication', 'Jardiance']],
    phi: true,
  },
  {
    label: 'a named person is the subject of a clause about a symptom',
    text: 'Raj has had a fever since Sunday and his cough is worse.',
    marks: [['name', 'Raj'], ['diagnosis', 'fever']],
    phi: true,
  },
  {
    label: 'the writer who signs is the subject of "I\'m on lisinopril"',
    text: "Hi Dr. Gomez, I think my pills make me dizzy. I'm on lisinopril 20.\n- Frank Mueller",
    marks: [['name', 'Gomez'], ['medication', 'lisinopril'], ['name', 'Frank Mueller']],
    phi: true,
  },
  {
    label: "an out-of-office note that still names a patient's results",
    text: "I'm out of office until Monday. For Mr. Lee's MRI results call 555-0100.",
    marks: [['name', 'Lee'], ['procedure', 'MRI'], ['phone', '555-0100']],
    phi: true,
  },
  {
    label: 'a records request by birth date and surname',
    text: 'Please send records for DOB 02/13/1947, last name Kowalczyk, to fax 555-0101.',
    marks: [['date', '02/13/1947', 'dob'], ['name', 'Kowalczyk'], ['fax', '555-0101']],
    phi: true,
  },
  {
    label: 'the next sentence\'s "she" after a named person',
    text: "Please issue a parking permit for Pearl Whitehorse. She's getting chemotherapy every Tuesday.",
    marks: [['name', 'Pearl Whitehorse'], ['procedure', 'chemotherapy']],
    phi: true,
  },
  {
    label: 'a critical-value call with a patient and birth date, the test outside the lexicons',
    text: 'CRITICAL VALUE NOTIFICATION\nPatient: BRANDT, LUCILLE M   DOB: 11/30/1958\nTest: Potassium, serum  Result: 6.9 CRITICAL HIGH',
    marks: [['name', 'BRANDT, LUCILLE'], ['date', '11/30/1958', 'dob']],
    phi: true,
  },
  {
    label: 'a writer who introduces herself and writes about her own care',
    text: 'hi its tasha moreland i had my colonscopy on tues and still having a little blood in stool',
    marks: [['name', 'tasha moreland', 'its', 'intro'], ['diagnosis', 'blood in stool']],
    phi: true,
  },
  {
    label: "a lab's results for a named patient",
    text: 'Please call with results for Maria Lopez, (617) 555-0174; her potassium was 6.9.',
    marks: [['name', 'Maria Lopez'], ['phone', '(617) 555-0174'], ['procedure', 'potassium']],
    phi: true,
  },
  {
    label: 'a patient admitted to the ICU by name, with no lexicon term',
    text: 'Hope Abdullah was admitted to the ICU overnight; her daughter is at (716) 555-0109.',
    marks: [['name', 'Hope Abdullah'], ['phone', '(716) 555-0109']],
    phi: true,
  },
  {
    label: "a patient's address on a letter about her care, with no gift in it",
    text: 'Rose Abbott\n44 Orchard Ln, Hope, ME 04847\nDear Ms. Abbott, your biopsy showed a benign polyp.',
    marks: [['name', 'Rose Abbott'], ['address', '44 Orchard Ln, Hope, ME 04847'], ['procedure', 'biopsy'], ['diagnosis', 'polyp']],
    phi: true,
  },
  {
    label: 'a real critical value with an MRN, nothing declared fake',
    text: 'CRITICAL RESULT for Patient: John Baptiste   MRN 9990001\nPotassium 6.8 (hyperkalemia), read back to RN.',
    marks: [['name', 'John Baptiste'], ['mrn', '9990001'], ['diagnosis', 'hyperkalemia']],
    phi: true,
  },
  {
    label: "a policy's own patient named in a complaint is still a patient (no policy headings)",
    text: 'Re: complaint from patient Maria Lopez about her dialysis schedule; call her at 555-0190.',
    marks: [['name', 'Maria Lopez'], ['procedure', 'dialysis'], ['phone', '555-0190']],
    phi: true,
  },
  {
    label: "an employee told of an exposure and her own pregnancy, greeted by a first name that is a word",
    text: "Hi Lucky,\nContact tracing identified you as a close contact of someone with COVID-19. Since you're about 18 weeks pregnant, please let your OB know.",
    marks: [['name', 'Lucky'], ['diagnosis', 'COVID-19'], ['reproductive_health', 'weeks pregnant']],
    phi: true,
  },
  {
    label: "a therapist's own psychotherapy notes about a named client",
    text: 'Re: Dana Reyes. I am not releasing my psychotherapy notes; the treatment summary is attached.',
    marks: [['name', 'Dana Reyes'], ['psychotherapy_note', 'psychotherapy notes']],
    phi: true,
  },
  {
    label: "a child's own age on a screening result, no schedule word before it",
    text: 'Screening for Maria Lopez, age 2: lead level 12, repeat in 3 months.',
    marks: [['name', 'Maria Lopez'], ['minor', 'age 2', undefined, 'age'], ['procedure', 'lead level']],
    phi: true,
  },
  {
    label: 'a new client of a therapy practice, named',
    text: 'Saw a new client today, Dana Reyes, with panic disorder.',
    marks: [['name', 'Dana Reyes'], ['mental_health', 'panic disorder']],
    phi: true,
  },
  {
    label: "a patient referred to a clinic by name is still referred",
    text: "Hi Dr. Lee, Maria Lopez was referred for a cardiology consult after her syncope; MRN 4410923.",
    marks: [["name", "Maria Lopez"], ["diagnosis", "syncope"], ["mrn", "4410923"]],
    phi: true,
  },
  {
    label: "if the patient: a named patient with a cue elsewhere",
    text: "Re: Ana Ruiz, DOB 3/4/1950. If the patient calls, her INR was 3.1.",
    marks: [["name", "Ana Ruiz"], ["date", "3/4/1950", "dob"], ["procedure", "INR"]],
    phi: true,
  },
  {
    label: "a serial column beside the patient it was issued to",
    text: "| Patient | Serial |\n| Ruth Ames | VXN-0882314 |\nwound vac for her venous ulcer",
    marks: [["name", "Ruth Ames"], ["device_id", "VXN-0882314", undefined, "column-device_id"], ["diagnosis", "venous ulcer"]],
    phi: true,
  },
  {
    label: "a member named with a health plan question is still a member",
    text: "Member Ana Ruiz called about her Eliquis refill; member ID on file.",
    marks: [["name", "Ana Ruiz"], ["medication", "Eliquis"]],
    phi: true,
  },
  {
    label: "a named patient whose address follows her name is still PHI",
    text: "Referral for Ana Ruiz\n1420 Grange Rd, Marlow, OH 45871\nDx: CHF",
    marks: [["name", "Ana Ruiz"], ["address", "1420 Grange Rd, Marlow, OH 45871"], ["diagnosis", "CHF"]],
    phi: true,
  },
  {
    label: "a named patient referred to a clinic stays PHI",
    text: "Ana Ruiz was referred for germline BRCA testing after her breast cancer diagnosis; DOB 3/4/1970.",
    marks: [["name", "Ana Ruiz"], ["genetic", "BRCA testing"], ["date", "3/4/1970", "dob"]],
    phi: true,
  },
  {
    label: "a dated visit row that names its patient keeps the home address",
    text: "Home visits\nTue 12/2     Mrs. Alvarez     2200 Cedar Park Dr, Millbrook     wound care",
    marks: [["name", "Alvarez"], ["address", "2200 Cedar Park Dr, Millbrook"], ["procedure", "wound care"]],
    phi: true,
  },
  {
    label: "a street address said of someone who lives there",
    text: "Ray Delgado lives at 2250 Orchard Ave. and started hospice on Monday.",
    marks: [["name", "Ray Delgado"], ["address", "2250 Orchard Ave."], ["procedure", "hospice"]],
    phi: true,
  },
  {
    label: "the patient's family is one patient's",
    text: "Beth Oduya called: the patient's family asked whether hospice can start Friday.",
    marks: [["name", "Beth Oduya"], ["procedure", "hospice"]],
    phi: true,
  },
  {
    label: "a patient's account for home oxygen",
    text: "Account #: FAC-20417 (Tomasz Wojcik) - home oxygen rental billed to Medicare.",
    marks: [["account_number", "FAC-20417"], ["name", "Tomasz Wojcik"], ["procedure", "home oxygen"]],
    phi: true,
  },
  {
    label: "their own contraception is theirs",
    text: "Kevin O'Donnell called: their contraception refill is ready at the front desk.",
    marks: [["name", "Kevin O'Donnell"], ["reproductive_health", "contraception"]],
    phi: true,
  },
  {
    label: "a greeted person's own results",
    text: "Hi Leah,\nYour TB test results came back negative; you are cleared to start Monday.",
    marks: [["name", "Leah"], ["procedure", "TB test"]],
    phi: true,
  },
  {
    label: "a roster row goes on over its indented lines",
    text: "MRR recs:\n1) Dubois, Yvette (Rm 118)\n   - lorazepam 0.5 mg PO q6h PRN anxiety - used 0 times",
    marks: [["name", "Dubois, Yvette"], ["medication", "lorazepam 0.5 mg"], ["mental_health", "anxiety"]],
    phi: true,
  },
  {
    label: "a patient's follow-up visit date",
    text: "Fenella Osei-Bonsu: follow-up visit March 11 for her heart failure.",
    marks: [["name", "Fenella Osei-Bonsu"], ["date", "March 11", "visit"], ["diagnosis", "heart failure"]],
    phi: true,
  },
  {
    label: "a counselor's client is a person",
    text: "Rosa Delgado-Fitch: my client reports heat stroke last week and poor sleep since.",
    marks: [["name", "Rosa Delgado-Fitch"], ["diagnosis", "heat stroke"]],
    phi: true,
  },
  {
    label: "a patient's area of pain",
    text: "Yusuf Demir: the patient's areas of redness are spreading after the influenza vaccine.",
    marks: [["name", "Yusuf Demir"], ["procedure", "influenza vaccine"]],
    phi: true,
  },
  {
    label: "Ms. named in the body is a patient",
    text: "Dear team,\nMs. Bello was readmitted with heart failure overnight.",
    marks: [["name", "Bello"], ["diagnosis", "heart failure"]],
    phi: true,
  },
  {
    label: "a donor's home address beside the test",
    text: "Donor Colleen Mbeki, 2210 Industrial Pkwy, Akron, OH 44312: breath alcohol test 0.00.",
    marks: [["name", "Colleen Mbeki"], ["address", "2210 Industrial Pkwy, Akron, OH 44312"], ["procedure", "breath alcohol test"]],
    phi: true,
  },
  {
    label: "a counseling client by number",
    text: "Teodora Vasquez, LPC: client #RB-30218 relapsed on fentanyl this week.",
    marks: [["name", "Teodora Vasquez"], ["other_id", "RB-30218"], ["substance_use", "fentanyl"]],
    phi: true,
  },
  {
    label: "a patient's own visit date",
    text: "Can I get my knee x-ray results from my 12/2 visit? My TKA is healing fine.\nGrant Olafsson",
    marks: [["procedure", "knee x-ray"], ["date", "12/2", "visit"], ["procedure", "TKA"], ["name", "Grant Olafsson"]],
    phi: true,
  },
  {
    label: "the patient's contact about her screening",
    text: "Gwen Takahashi: the patient contacted us about her TB screening result.",
    marks: [["name", "Gwen Takahashi"], ["procedure", "TB screening"]],
    phi: true,
  },
  {
    label: "\"the catheter pt in chair 4\" is one",
    text: "Re Tomas Reyes: the catheter pt in chair 4 has ESRD and missed Friday.",
    marks: [["name", "Tomas Reyes"], ["diagnosis", "ESRD"]],
    phi: true,
  },
  {
    label: "a patient discharged",
    text: "Naomi Feldstein was discharged home today after treatment for sepsis.",
    marks: [["name", "Naomi Feldstein"], ["diagnosis", "sepsis"]],
    phi: true,
  },
  {
    label: "a patient's SLT",
    text: "Lupe called: her SLT on Tuesday left the eye red and sore.",
    marks: [["name", "Lupe"], ["procedure", "SLT"]],
    phi: true,
  },
  {
    label: "one patient's visit date",
    text: "Ruben Aguilar, 614-555-0111: his visit 6/2 for IOP intake is confirmed.",
    marks: [["name", "Ruben Aguilar"], ["phone", "614-555-0111"], ["date", "6/2", "visit"], ["mental_health", "IOP"]],
    phi: true,
  },
  {
    label: "\"the pt\" in a report about one",
    text: "Keiko Tanaka: the pt screened positive on the C-SSRS this morning and is with the clinician.",
    marks: [["name", "Keiko Tanaka"], ["mental_health", "C-SSRS"]],
    phi: true,
  },
  {
    label: "her own cesarean",
    text: "Noor called: her cesarean is booked and she asks about the recovery.",
    marks: [["name", "Noor"], ["reproductive_health", "cesarean"]],
    phi: true,
  },
  {
    label: "a prior auth for one patient",
    text: "Deb Haraldsen: prior auth submitted for Tomas Reyes, MRI lumbar spine.",
    marks: [["name", "Deb Haraldsen"], ["name", "Tomas Reyes"], ["procedure", "MRI lumbar spine"]],
    phi: true,
  },
  {
    label: "\"Pt\" as the patient",
    text: "Hannah Lindqvist: Pt reports dizziness after the vestibular rehab session today.",
    marks: [["name", "Hannah Lindqvist"], ["diagnosis", "dizziness"], ["procedure", "vestibular rehab"]],
    phi: true,
  },
  {
    label: "a patient's own metformin",
    text: "Hana Ito, 614-555-0188, says she stopped taking her metformin last week.",
    marks: [["name", "Hana Ito"], ["phone", "614-555-0188"], ["medication", "metformin"]],
    phi: true,
  },
  {
    label: "a stated age in a case for one patient",
    text: "Tim Quade: 15-year-old female with congenitally missing laterals, seen today.",
    marks: [["name", "Tim Quade"], ["minor", "15-year-old", undefined, "age-years-old"], ["diagnosis", "congenitally missing laterals"]],
    phi: true,
  },
  {
    label: "a prosthetic knee's serial is its wearer's",
    text: "Walter Abernathy came in: his knee locks in flexion. R transfemoral amputee. Knee serial SN 3C88-004271.",
    marks: [["name", "Walter Abernathy"], ["diagnosis", "transfemoral amputee"], ["device_id", "3C88-004271"]],
    phi: true,
  },
  {
    label: "a patient's procedure and the program he is in",
    text: "Bongani Dlamini: their MSLT showed a mean sleep latency of 4 min; continue the PAP program.",
    marks: [["name", "Bongani Dlamini"], ["procedure", "MSLT"]],
    phi: true,
  },
  {
    label: "a person's headache, not a certification",
    text: "Beatriz Oyelaran called: her headache is worse since her nursing certification exam.",
    marks: [["name", "Beatriz Oyelaran"], ["diagnosis", "headache"]],
    phi: true,
  },
  {
    label: "a roster row: Last, First then a test",
    text: "1. Qureshi, Ayesha - EEG 11/3, sleep-deprived",
    marks: [["name", "Qureshi, Ayesha"], ["procedure", "EEG"]],
    phi: true,
  },
  {
    label: "a patient referred to a clinician",
    text: "Mr. Wendt was referred to GI for a delayed post-polypectomy bleed.",
    marks: [["name", "Wendt"], ["procedure", "polypectomy"]],
    phi: true,
  },
  {
    label: "a patient's dx",
    text: "Siobhan Kearney, 81F. Dx: CHF exacerbation, cellulitis.",
    marks: [["name", "Siobhan Kearney"], ["diagnosis", "CHF exacerbation"]],
    phi: true,
  },
  {
    label: "a patient's home address",
    text: "Joan Petrakis | 1900 Quail Hollow Dr, Maumee, OH 43537 | Lewy body dementia",
    marks: [["address", "1900 Quail Hollow Dr, Maumee, OH 43537"], ["name", "Joan Petrakis"], ["diagnosis", "Lewy body dementia"]],
    phi: true,
  },
  {
    label: "the patient named before",
    text: "Luis Ortega: wound care supplies go to the patient's room.",
    marks: [["name", "Luis Ortega"], ["procedure", "wound care"]],
    phi: true,
  },
  {
    label: "a patient's surgery date",
    text: "Viktor Nemeth: surgery 4/1, total knee, hold aspirin.",
    marks: [["date", "4/1", "surgery"], ["name", "Viktor Nemeth"], ["procedure", "total knee"]],
    phi: true,
  },
  {
    label: "a patient at home in a note",
    text: "Pt at home with daughter; pt consented to telehealth visit for CHF f/u. Dana Reyes",
    marks: [["name", "Dana Reyes"], ["diagnosis", "CHF"]],
    phi: true,
  },
  {
    label: "your child's assessment",
    text: "Hi Ms. Tillman, your son's AAC assessment is on Oct 14.",
    marks: [["name", "Tillman"], ["procedure", "AAC assessment"]],
    phi: true,
  },
  {
    label: "a client who lives at a shelter",
    text: "Rosa Amaya (MRN 4471823) is staying at 1140 W. Alder St; flu shot given.",
    marks: [["address", "1140 W. Alder St"], ["name", "Rosa Amaya"], ["mrn", "4471823"], ["procedure", "flu shot"]],
    phi: true,
  },
  {
    label: "a procedure date with a day",
    text: "Oksana Lindqvist: procedure 3/12/2025, blood transfusion x2.",
    marks: [["date", "3/12/2025", "procedure"], ["name", "Oksana Lindqvist"], ["procedure", "blood transfusion"]],
    phi: true,
  },
  {
    label: "a doctor saw a patient, 'her SLT' is the patient's",
    text: "Dr. Nwosu saw Ana Ruiz today and her SLT is set for 2/12.",
    marks: [["name", "Nwosu"], ["name", "Ana Ruiz"], ["procedure", "SLT"]],
    phi: true,
  },
  {
    label: "a named patient's pump",
    text: "The patient, Dana Whitcomb, needs a new breast pump kit before discharge.",
    marks: [["name", "Dana Whitcomb"], ["procedure", "pump"]],
    phi: true,
  },
  {
    label: "a relative's care: 'my mother's dialysis'",
    text: "My mother's dialysis was moved to Tuesday, can she still get a ride?\nInes Carvalho",
    marks: [["procedure", "dialysis"], ["name", "Ines Carvalho"]],
    phi: true,
  },
  {
    label: "a named person's own operation",
    text: "Ines Carvalho called: she posted about her own rhinoplasty and wants the photos taken down.",
    marks: [["name", "Ines Carvalho"], ["procedure", "rhinoplasty"]],
    phi: true,
  },
];

const NOT_PHI_ROWS: Row[] = [
  {
    label: 'staff names and a meeting date in an office email',
    text: 'Hi team, the staff meeting is on March 14. Karen Whitfield will present the scheduling workflow.',
    marks: [['name', 'Karen Whitfield'], ['date', 'March 14']],
    phi: false,
  },
  {
    label: 'newsletter about diabetes with no patient',
    text: 'November is Diabetes Month. A yearly A1c check lowers your risk of type 2 diabetes.',
    marks: [['diagnosis', 'Diabetes'], ['procedure', 'A1c'], ['diagnosis', 'type 2 diabetes']],
    phi: false,
  },
  {
    label: 'research spotlight naming a doctor beside a disease',
    text: "Dr. Amira Haddad's team published a study on breast cancer and mammography.",
    marks: [['name', 'Amira Haddad'], ['diagnosis', 'breast cancer'], ['procedure', 'mammography']],
    phi: false,
  },
  {
    label: 'public health talk with a speaker',
    text: 'Community talk on PrEP and HIV prevention. Speaker: Dr. Kevin Osei. Call 617-555-0100.',
    marks: [['hiv', 'PrEP'], ['hiv', 'HIV'], ['name', 'Kevin Osei'], ['phone', '617-555-0100']],
    phi: false,
  },
  {
    label: 'the patient portal newsletter',
    text: 'The patient portal newsletter is attached; send edits to Melissa Grant at mgrant@example.org.',
    marks: [['name', 'Melissa Grant'], ['email', 'mgrant@example.org']],
    phi: false,
  },
  {
    label: 'shift swap',
    text: 'Will you cover my shift on Saturday? - Brianna',
    marks: [['name', 'Brianna']],
    phi: false,
  },
  {
    label: 'health information without anyone identifiable',
    text: 'Pt with CHF on Eliquis, follow up in 2 weeks.',
    marks: [['diagnosis', 'CHF'], ['medication', 'Eliquis']],
    phi: false,
  },
  {
    label: 'a greeting to a colleague about equipment that shares a name with a procedure',
    text: 'Hi Lauren, can you review the MRI scanner budget before Friday?',
    marks: [['name', 'Lauren'], ['procedure', 'MRI']],
    phi: false,
  },
  {
    label: 'flu shot clinic run by a named nurse',
    text: 'Free flu shots for all staff in the lobby on October 8. Questions to Nora Blake. Bring your badge.',
    marks: [['procedure', 'flu shots'], ['name', 'Nora Blake'], ['date', 'October 8']],
    phi: false,
  },
  {
    label: 'a lab notice on labeling specimens with two patient identifiers',
    text: 'Effective July 1, the TSH reference range changes. Label every specimen with two patient identifiers. Questions: Hyun-woo Baek, or the lab client line at 617-555-0194.',
    marks: [['date', 'July 1'], ['procedure', 'TSH'], ['name', 'Hyun-woo Baek'], ['phone', '617-555-0194']],
    phi: false,
  },
  {
    label: 'a memo to referring offices about how to refer',
    text: 'To all referring offices: urgent referrals (suspected melanoma) can still be faxed to 978-555-0112. Ingrid Solberg',
    marks: [['diagnosis', 'melanoma'], ['phone', '978-555-0112'], ['name', 'Ingrid Solberg']],
    phi: false,
  },
  {
    label: 'a reminder for staff about a training, not a person\'s care',
    text: 'Reminder for all staff: flu shots on Friday in the lobby. Thanks, Dana Ruiz',
    marks: [['procedure', 'flu shots'], ['name', 'Dana Ruiz']],
    phi: false,
  },
  {
    label: 'a de-identified teaching case signed by the discussant',
    text: 'Case of the week: the patient, a 47-year-old woman with lupus nephritis, started mycophenolate.\nDiscussant: Dr. Amal Reyes, Rheumatology',
    marks: [['diagnosis', 'lupus nephritis'], ['medication', 'mycophenolate'], ['name', 'Amal Reyes']],
    phi: false,
  },
  {
    label: 'a public-health advisory with the department line',
    text: 'Consider measles in any patient with fever and rash. Report suspected cases to the Epidemiology line, (715) 555-0154.',
    marks: [['diagnosis', 'measles'], ['phone', '(715) 555-0154']],
    phi: false,
  },
  {
    label: 'a health-fair flyer with the venue address',
    text: 'Free HIV testing and flu shots!\nEastside Recreation Center, 400 Dorsey Avenue, Brockton, MA 02301\nInfo: (508) 555-0182',
    marks: [['hiv', 'HIV testing'], ['procedure', 'flu shots'], ['location', 'Eastside Recreation Center'], ['address', '400 Dorsey Avenue, Brockton, MA 02301'], ['phone', '(508) 555-0182']],
    phi: false,
  },
  {
    label: 'a data request describing a de-identified extract',
    text: 'Hi Omar,\nThe extract covers COPD admissions. MRN, name and phone were removed and dates shifted per patient.\nSunniva Hartmann, Data Analyst, Research Informatics',
    marks: [['name', 'Omar'], ['diagnosis', 'COPD'], ['name', 'Sunniva Hartmann']],
    phi: false,
  },
  {
    label: 'a denials report signed with a job title',
    text: 'CO-197 (no prior authorization) denials rose, mostly outpatient MRI.\n- Lorraine Quattlebaum, Revenue Cycle Manager',
    marks: [['procedure', 'MRI'], ['name', 'Lorraine Quattlebaum'], ['name', 'Revenue']],
    phi: false,
  },
  {
    label: 'committee minutes on HIV screening with staff action items',
    text: 'Item 3: opt-out HIV screening in the ED; who discloses results after the patient has left?\nAction: Dr. Okeke drafts the workflow; Brandt (lab) confirms capacity.',
    marks: [['hiv', 'HIV screening'], ['name', 'Okeke'], ['name', 'Brandt']],
    phi: false,
  },
  {
    label: 'an event flyer: the venue, its street address, a date and the info line',
    text: 'Free blood pressure screenings and flu shots!\nSaturday, October 18\nHarborview Community Center, 210 Wexford Avenue, Quincy, MA 02169\nQuestions: 617-555-0127',
    marks: [['procedure', 'blood pressure screenings'], ['date', 'October 18'], ['address', '210 Wexford Avenue, Quincy, MA 02169'], ['phone', '617-555-0127']],
    phi: false,
  },
  {
    label: 'a device notice: a product name read as an address has no street number',
    text: 'FlowSure 3300 pumps may fail to alarm during heparin infusions.\nRenée Fortier, VP Quality & Regulatory',
    marks: [['address', 'FlowSure'], ['medication', 'heparin'], ['procedure', 'infusions'], ['name', 'Renée Fortier']],
    phi: false,
  },
  {
    label: 'an advisory: cases "since March 28" are no one\'s visit',
    text: 'Two measles cases have been reported since March 28. Report suspected cases: 603-555-0131',
    marks: [['diagnosis', 'measles'], ['date', 'March 28', 'since'], ['phone', '603-555-0131']],
    phi: false,
  },
  {
    label: 'an out-of-office reply pointing to a colleague, signed with the title on the next line',
    text: 'For prior authorization questions, please contact Yusuf Demir at ydemir@example.com or (978) 555-0144.\n\nColette Amstutz\nPractice Manager, North Shore Cardiology',
    marks: [['name', 'Yusuf Demir'], ['email', 'ydemir@example.com'], ['phone', '(978) 555-0144'], ['name', 'Colette Amstutz']],
    phi: false,
  },
  {
    label: 'a protocol memo with the educator to ask',
    text: 'Hold insulin glargine only per provider order when a patient is NPO. Questions to Fenna de Vries, RN, CDCES.',
    marks: [['medication', 'insulin glargine'], ['name', 'Fenna'], ['name', 'Vries']],
    phi: false,
  },
  {
    label: 'a staff newsletter: "know your numbers" and a shout-out to a colleague by department',
    text: 'Know your numbers: free cholesterol screenings in the Atrium on April 16.\nShout-out to Marisol Teague in Environmental Services, 25 years with us!',
    marks: [['procedure', 'cholesterol screenings'], ['date', 'April 16'], ['name', 'Marisol Teague']],
    phi: false,
  },
  {
    label: 'a webinar: its date under a title that mentions surgery, presenters with degrees',
    text: 'WEBINAR: Safer opioid prescribing after surgery\n\nWednesday, April 9, 6:30 pm\nPresented by Hakim Bensalem, MD, and Leticia Moran, PharmD',
    marks: [['procedure', 'surgery'], ['date', 'April 9', 'surgery'], ['name', 'Hakim Bensalem'], ['name', 'Leticia Moran']],
    phi: false,
  },
  {
    label: 'an aggregate denials report with its owner',
    text: 'No prior authorization on file: 1,412 claims, mostly outpatient MRI. Report owner: Clement Asante, Revenue Integrity.',
    marks: [['procedure', 'MRI'], ['name', 'Clement Asante']],
    phi: false,
  },
  {
    label: 'a named colleague has a meeting about a drug topic',
    text: 'Priya has a meeting about the insulin pump contract on Friday.',
    marks: [['name', 'Priya'], ['medication', 'insulin']],
    phi: false,
  },
  {
    label: "a named colleague's presentation on a disease",
    text: "Dana's presentation on COPD is Friday in the auditorium.",
    marks: [['name', 'Dana'], ['diagnosis', 'COPD']],
    phi: false,
  },
  {
    label: 'a discharge template with blank patient fields, comments to a colleague',
    text: 'Patient name: ________  DOB: __/__/____\nCall 911 if you have chest pain.\nComments to Priyanka Deshpande by March 6.',
    marks: [['diagnosis', 'chest pain'], ['name', 'Priyanka Deshpande'], ['date', 'March 6']],
    phi: false,
  },
  {
    label: 'a drug as a topic of work in the first person ("I have the metformin shortage memo")',
    text: 'I have the metformin shortage memo for Tom Reyes.',
    marks: [['medication', 'metformin'], ['name', 'Tom Reyes']],
    phi: false,
  },
  {
    label: 'a department before a comma and a staff name',
    text: 'Sepsis bundle compliance was 81% in June. Great work, ICU team.\n- Quality, Ruth Ng',
    marks: [['diagnosis', 'Sepsis'], ['name', 'Ruth']],
    phi: false,
  },
  {
    label: "a colleague's own leave for surgery, with its dates",
    text: "Hi all, I'll be out for my knee surgery from 3/10-3/24. Jess will cover my inbox. - Dana",
    marks: [['procedure', 'knee surgery'], ['date', '3/10', 'from'], ['name', 'Jess'], ['name', 'Dana']],
    phi: false,
  },
  {
    label: 'records for an audit, to a colleague',
    text: 'Please send records for the audit to Tom Reyes by Friday.',
    marks: [['name', 'Tom Reyes']],
    phi: false,
  },
  {
    label: 'a case the message calls de-identified, presented by a credentialed colleague',
    text: 'Leticia Oduya, MD will present a de-identified case: a man in his 40s with treatment-resistant depression.',
    marks: [['name', 'Leticia Oduya'], ['mental_health', 'depression']],
    phi: false,
  },
  {
    label: 'a template that says it holds no patient information',
    text: 'Updated CHF discharge checklist (template - no patient info). Teach the patient to weigh daily.\nCandace Whitmore',
    marks: [['diagnosis', 'CHF'], ['name', 'Candace Whitmore']],
    phi: false,
  },
  {
    label: 'a vendor visit date and an equipment serial in a service note',
    text: 'Subject: OCT down - vendor visit Thu 11/6\nThe OCT (serial 5000-81427) errors again. Tech Marcus Lindahl comes Thursday. Wet AMD visits move to room 6.',
    marks: [['date', '11/6', 'visit'], ['device_id', '5000-81427'], ['name', 'Marcus Lindahl'], ['diagnosis', 'Wet AMD']],
    phi: false,
  },
  {
    label: 'a room in the building and a patient handout in staff minutes',
    text: 'Dialysis training room moves to suite 210. Marisol will update the patient handout on anemia of CKD.',
    marks: [['address', 'suite 210'], ['name', 'Marisol'], ['diagnosis', 'anemia of CKD']],
    phi: false,
  },
  {
    label: 'rules about kinds of patients: "fractures admitted overnight", "who should be referred", "history of"',
    text: 'Hip fractures admitted overnight go to the first OR slot. Who should be referred? Family history of breast cancer diagnosed before age 50. - Colette Brandt',
    marks: [['diagnosis', 'Hip fractures'], ['diagnosis', 'breast cancer'], ['name', 'Colette Brandt']],
    phi: false,
  },
  {
    label: 'aggregate minutes with a month after an injury count',
    text: 'Quality minutes. Present: D. Varga, S. Mahmoud\nFalls with injury: 3 in Sept, all pts over 80.',
    marks: [['name', 'D. Varga'], ['name', 'S. Mahmoud'], ['date', 'Sept', 'injury', 'cued-month'], ['diagnosis', 'Falls']],
    phi: false,
  },
  {
    label: "a payer bulletin's prior-authorization rule",
    text: 'PROVIDER BULLETIN: in-lab polysomnography for obstructive sleep apnea will require prior authorization.',
    marks: [['name', 'BULLETIN'], ['procedure', 'polysomnography'], ['diagnosis', 'obstructive sleep apnea']],
    phi: false,
  },
  {
    label: "a practice newsletter's footer address beside its website",
    text: 'Did you know gum disease is linked to diabetes? Welcome Dr. Farah Siddiqui!\n310 Orchard Ave | 555-0107 | https://brightsmiles.example.com',
    marks: [['diagnosis', 'gum disease'], ['name', 'Farah Siddiqui'], ['address', '310 Orchard Ave'], ['phone', '555-0107'], ['url', 'https://brightsmiles.example.com']],
    phi: false,
  },
  {
    label: 'a quoted example in a privacy reminder',
    text: 'Never text patient information. Even something like "Mr. Jones in 4B has MRSA" is a reportable disclosure.',
    marks: [['name', 'Jones'], ['diagnosis', 'MRSA']],
    phi: false,
  },
  {
    label: "a device recall's results for a kind of patient",
    text: 'RECALL: test strips may report falsely elevated results for patients receiving icodextrin. Contact Tunde Bakare, (617) 555-0174.',
    marks: [['medication', 'icodextrin'], ['name', 'Tunde Bakare'], ['phone', '(617) 555-0174']],
    phi: false,
  },
  {
    label: "a staff member's unit in parentheses and a parking lot's address",
    text: 'Permit holders move to Lot D at 400 Harrington Ave, Buffalo, NY 14203. Re-badge by 1/3: Hope Abdullah (ICU), Dawn Reilly (Cath Lab).',
    marks: [['address', '400 Harrington Ave, Buffalo, NY 14203'], ['name', 'Hope Abdullah'], ['name', 'Dawn Reilly'], ['date', '1/3']],
    phi: false,
  },
  {
    label: 'a recall asking to keep patient names out of replies',
    text: 'Trays recalled: lap chole sets. Do NOT put patient names in reply-all. Questions: Gwenllian Pryce, 555-0107.',
    marks: [['procedure', 'lap chole'], ['name', 'Gwenllian Pryce'], ['phone', '555-0107']],
    phi: false,
  },
  {
    label: "a donor's gift acknowledgement with the donor's address",
    text: 'Rich and Summer Abernathy\n14 Orchard Ln, Shaker Heights OH 44120\nDear Rich and Summer, thank you for your generous gift. Your support will fund supplies for kids receiving chemotherapy.',
    marks: [['name', 'Summer Abernathy'], ['address', '14 Orchard Ln, Shaker Heights OH 44120'], ['procedure', 'chemotherapy']],
    phi: false,
  },
  {
    label: 'a training flyer with its venue named on the line above the street',
    text: 'FREE NALOXONE TRAINING\nLiberty Public Library, Community Room\n301 E Kansas St, Liberty, MO 64068\nLearn to give naloxone. RSVP: Tomas Herrera, 555-0146',
    marks: [['address', '301 E Kansas St, Liberty, MO 64068'], ['medication', 'naloxone'], ['name', 'Tomas Herrera'], ['phone', '555-0146']],
    phi: false,
  },
  {
    label: 'a phishing warning whose patient is declared fake',
    text: 'The example below is FAKE. The "patient" does not exist:\nPatient: John Testpatient   MRN 9990001\nPotassium 6.8 (hyperkalemia)',
    marks: [['name', 'John Testpatient'], ['mrn', '9990001'], ['diagnosis', 'hyperkalemia']],
    phi: false,
  },
  {
    label: 'committee minutes that keep patient-level data elsewhere',
    text: 'P&T MINUTES. Present: T. Kowalczyk, PharmD. Enoxaparin dosing: 14% of orders off-protocol. Aggregate only; patient-level data kept in the MUE folder.',
    marks: [['name', 'T. Kowalczyk'], ['medication', 'Enoxaparin']],
    phi: false,
  },
  {
    label: 'a policy document listing who may ask for a consult',
    text: 'POLICY ETH-014\n1. PURPOSE\nTo provide ethics consultation.\n2. WHO MAY REQUEST\nAny member of the care team, patient, family member or surrogate. Triggers: dialysis, blood transfusion.\nCo-chair: Chidi Nwosu, MD, 555-0190',
    marks: [['procedure', 'dialysis'], ['procedure', 'blood transfusion'], ['name', 'Chidi Nwosu'], ['phone', '555-0190']],
    phi: false,
  },
  {
    label: "a vendor demo with an actor patient's simulated visit",
    text: 'The demo uses a simulated encounter (actor patient, scripted visit for type 2 diabetes). No real patient data will be shown. RSVP to Ifeoma Chukwu, 555-0161.',
    marks: [['diagnosis', 'type 2 diabetes'], ['name', 'Ifeoma Chukwu'], ['phone', '555-0161']],
    phi: false,
  },
  {
    label: "a 5K flyer for a cancer center's patient assistance fund",
    text: "RUN FOR HOPE 5K benefiting the Whitfield Cancer Center Patient Assistance Fund. Free skin cancer screening tent. Team captain: Honor Kowalski (Infusion).",
    marks: [['location', 'Whitfield Cancer Center'], ['procedure', 'skin cancer screening'], ['name', 'Honor Kowalski']],
    phi: false,
  },
  {
    label: "a vendor's signature block with the supplier's street address",
    text: "Dr. Okafor needs the +21.5 lenses for 3 cataract cases.\nThanks,\nDerek Amankwah\nTerritory Manager, Surgical Ophthalmics\nLumen Medical Supply | 8800 Commerce Pkwy, Suite 300, Columbus, OH 43219",
    marks: [['name', 'Okafor'], ['diagnosis', 'cataract'], ['name', 'Derek Amankwah'], ['address', '8800 Commerce Pkwy, Suite 300, Columbus, OH 43219']],
    phi: false,
  },
  {
    label: 'an HR notice signed with a nickname, the facility address under the title',
    text: 'Annual TB screening deadline is 6/15.\n\nRoberta "Bobbi" Castellano\nHR Generalist\nWillow Bend Care Center\n1250 Orchard Ridge Rd, Dayton, OH 45459',
    marks: [['procedure', 'TB screening'], ['name', 'Roberta'], ['name', 'Bobbi'], ['location', 'Willow Bend Care Center'], ['address', '1250 Orchard Ridge Rd, Dayton, OH 45459']],
    phi: false,
  },
  {
    label: "a job posting's work location with a long unit name before the street",
    text: 'Location: Evergreen Hospice Inpatient Unit, 7720 Cedar Ridge Blvd, Tacoma, WA 98409\nRequirements: 2+ yrs hospice experience. Apply to Ifeoma Adeyemi.',
    marks: [['address', '7720 Cedar Ridge Blvd, Tacoma, WA 98409'], ['procedure', 'hospice'], ['name', 'Ifeoma Adeyemi']],
    phi: false,
  },
  {
    label: "a practice newsletter giving its office's street address",
    text: 'Saturday ultrasound hours are now 8-12 at the Harbor Street office, 610 Harbor St, Suite 4, Easton, PA 18042. Welcome Mia Lund to the front desk!',
    marks: [['procedure', 'ultrasound'], ['address', '610 Harbor St, Suite 4, Easton, PA 18042'], ['name', 'Mia Lund']],
    phi: false,
  },
  {
    label: "a supplier's hours in Pacific time",
    text: 'Lidocaine cartridges shipped 10/2. Your new rep is Shauna Pretorius.\nCustomer Care | 555-0180 | Mon-Fri 7-5 PT',
    marks: [['medication', 'Lidocaine'], ['name', 'Shauna Pretorius'], ['phone', '555-0180']],
    phi: false,
  },
  {
    label: 'a quality dashboard with a patient-reported outcome metric',
    text: 'Pt-reported (HOOS JR) response rate 58%; VTE within 30 days 1.4%. Marisol Ferreira is pulling the data.',
    marks: [['diagnosis', 'VTE'], ['name', 'Marisol Ferreira']],
    phi: false,
  },
  {
    label: 'a supply order greeting the buyer, a unit dose in the table',
    text: 'Hi Tessa,\nFluoride varnish 5%, unit dose | 1 bx | shipped 10/3',
    marks: [['name', 'Tessa'], ['medication', 'Fluoride varnish']],
    phi: false,
  },
  {
    label: 'a metric measured by an age milestone in committee minutes',
    text: 'Lead screening by age 2: 81% (goal 85%). Presented by Omar Said.',
    marks: [['procedure', 'Lead screening'], ['minor', 'age 2', undefined, 'age'], ['name', 'Omar Said']],
    phi: false,
  },
  {
    label: 'a training topic on psychotherapy notes as a kind of record',
    text: 'Documentation: what belongs in the progress note vs. psychotherapy notes. Register with Hannah Ostrowski, 555-0120.',
    marks: [['psychotherapy_note', 'psychotherapy notes'], ['name', 'Hannah Ostrowski'], ['phone', '555-0120']],
    phi: false,
  },
  {
    label: "a new physician's residency field in a newsletter",
    text: 'She completed her residency in Obstetrics & Gynecology. Call Mia Lund at the front desk to book.',
    marks: [['reproductive_health', 'Obstetrics'], ['name', 'Mia Lund']],
    phi: false,
  },
  {
    label: 'a benefits notice counting sessions per household member',
    text: 'EAP now covers 6 free sessions per year per household member. CPR cards are due 3/31 to Kayla Hendricks.',
    marks: [['procedure', 'CPR'], ['name', 'Kayla Hendricks']],
    phi: false,
  },
  {
    label: 'an IT notice about the old software client on the sleep lab carts',
    text: 'Acquisition carts are still on the old client - Brandon will update them before the next sleep study night.',
    marks: [['name', 'Brandon'], ['procedure', 'sleep study']],
    phi: false,
  },
  {
    label: 'a teaching case whose identifiers were removed',
    text: 'All identifiers have been removed per our teaching-case policy. A patient in his 60s with heart failure is referred for snoring. Presenter: Amara Nwosu.',
    marks: [['diagnosis', 'heart failure'], ['name', 'Amara Nwosu']],
    phi: false,
  },
  {
    label: "transplant outcomes minutes: patient survival, a case referred for peer review",
    text: "Present: Rosa Villanueva, Dmitri Sokolov\n- 1-yr patient survival 98.4%; BK viremia 7.0%\n4. One adverse event referred for peer review - discussed in closed session.\nQuality Office | 313-555-0104",
    marks: [["name", "Rosa Villanueva"], ["name", "Dmitri Sokolov"], ["hiv", "viremia"], ["phone", "313-555-0104"]],
    phi: false,
  },
  {
    label: "quality table: per 10k pt-days",
    text: "Hi Rosalind,\n| HO C. diff per 10k pt-days | 4.9 |\n| CAUTI SIR | 0.61 |\nDiego Marchetti",
    marks: [["name", "Rosalind"], ["diagnosis", "C. diff"], ["diagnosis", "CAUTI"], ["name", "Diego Marchetti"]],
    phi: false,
  },
  {
    label: "vendor: invoice for the clinic account, loaners that went home with a patient",
    text: "Hi Keisha,\n4 loaner NPWT units have not been assigned to a home patient in 30 days; if they went home with a patient, send the ticket numbers.\nInvoice INV-2025-08841 is attached for account BWC-00417.\nPriyanka can do an in-service on dressings for venous leg ulcers.",
    marks: [["name", "Keisha"], ["procedure", "NPWT"], ["account_number", "BWC-00417"], ["name", "Priyanka"], ["diagnosis", "venous leg ulcers"]],
    phi: false,
  },
  {
    label: "staff memo of numbered rules about the patient",
    text: "Hi all,\n1. Verify before you reply. Don't confirm the person is even our patient.\n2. Move it to the portal. If the patient has proxy access, reply there.\n3. Don't put diagnoses like CKD in the subject line.\nCarmen Ibarra-Stokes, RN",
    marks: [["diagnosis", "CKD"], ["name", "Carmen Ibarra-Stokes"]],
    phi: false,
  },
  {
    label: "school newsletter: consent forms went home; 11 were referred",
    text: "Consent forms went home in backpacks on 10/24 for Tdap. Last year 164 were screened; 11 were referred for biopsy.\nMarcus Oyelaran 330-555-0100",
    marks: [["date", "10/24"], ["procedure", "Tdap"], ["procedure", "biopsy"], ["name", "Marcus Oyelaran"], ["phone", "330-555-0100"]],
    phi: false,
  },
  {
    label: "portal bulk notice that declares it is about no one",
    text: "Dear Jordan,\nThis is a general message sent to all patients enrolled in the portal. It does not contain information about your care. Your care team will send a note about your results. Call 216-555-0199.",
    marks: [["name", "Jordan"], ["procedure", "results"], ["phone", "216-555-0199"]],
    phi: false,
  },
  {
    label: "calibration visit date is no patient visit",
    text: "Subject: annual calibration visit - Riverbend ENT - confirm 11/18\nHello Tiffany, the audiometer for hearing tests will be checked.\nBrandon Sykes 918-555-0191",
    marks: [["date", "11/18", "visit"], ["name", "Tiffany"], ["procedure", "hearing tests"], ["name", "Brandon Sykes"], ["phone", "918-555-0191"]],
    phi: false,
  },
  {
    label: "a column of equipment serials is no patient device",
    text: "Hello Tiffany,\n| Room | Device | Serial |\n| Booth 1 | GSI AudioStar Pro | AS7-440912 |\nplease have the booths ready for hearing tests.",
    marks: [["name", "Tiffany"], ["device_id", "AS7-440912", undefined, "column-device_id"], ["procedure", "hearing tests"]],
    phi: false,
  },
  {
    label: "lab alert: the department line and its e-mail on one line, a scientist signing MLS(ASCP)",
    text: "1. Label at the bedside, in front of the patient. Do not draw CBC above an IV site.\nQuestions: Lab Client Services 330-555-0140, option 2, or email labclientservices@mercyridge.example.org.\nKeisha Daniels, MLS(ASCP)",
    marks: [["procedure", "CBC"], ["phone", "330-555-0140"], ["email", "labclientservices@mercyridge.example.org"], ["name", "Keisha Daniels"]],
    phi: false,
  },
  {
    label: "do not paste member IDs or client names: fields, not people",
    text: "Jan formulary changes go out 11/15. Reminder: do NOT paste member IDs into chat, and do NOT put client names in the shared drive. Eliquis overrides continue.\nHanna Berg 555-0101",
    marks: [["medication", "Eliquis"], ["name", "Hanna Berg"], ["phone", "555-0101"]],
    phi: false,
  },
  {
    label: "a composite teaching case",
    text: "Hi team,\nThe case is a composite built from several years of consults with details changed. It is not any one patient.\nA woman in her 80s has bruises and dehydration. How do you interview the patient alone?\nRosalind Ekwueme 614-555-0106",
    marks: [["diagnosis", "bruises"], ["diagnosis", "dehydration"], ["name", "Rosalind Ekwueme"], ["phone", "614-555-0106"]],
    phi: false,
  },
  {
    label: "a memo that says nothing in it refers to an individual patient",
    text: "Sedation policy changes at the 11/18 meeting. Nothing in this memo refers to an individual patient; the patient must be NPO for propofol.\nDana Ruiz 555-0101",
    marks: [["medication", "propofol"], ["name", "Dana Ruiz"], ["phone", "555-0101"]],
    phi: false,
  },
  {
    label: "the softphone client, not a client",
    text: "The after-hours line is 555-0101, answered by the on-call RN (Omar Qureshi this week). The softphone client updates itself; flu shot clinic Friday.",
    marks: [["phone", "555-0101"], ["name", "Omar Qureshi"], ["procedure", "flu shot"]],
    phi: false,
  },
  {
    label: "a supplier's customer service address",
    text: "Allergen extract vials ship with a data logger.\nThank you,\nPinecrest Allergenics Customer Service\nPO Box 4417, Spokane, WA 99220",
    marks: [["procedure", "Allergen extract"], ["address", "PO Box 4417, Spokane, WA 99220"]],
    phi: false,
  },
  {
    label: "a clinic venue with its address in parentheses",
    text: "Flu shots and the COVID-19 vaccine at the Eastside Annex (1420 Grange Rd, Marlow, OH 45871) every Thursday. Questions: Ana Ruiz.",
    marks: [["procedure", "Flu shots"], ["address", "1420 Grange Rd, Marlow, OH 45871"], ["name", "Ana Ruiz"]],
    phi: false,
  },
  {
    label: "formulary rules: once pt is taking PO, a pt with harm",
    text: "IV pantoprazole -> PO pantoprazole auto-sub once pt is taking other PO meds. 212 events; 9 reached a pt with harm.\nChair: Lena Park 555-0102",
    marks: [["medication", "pantoprazole"], ["name", "Lena Park"], ["phone", "555-0102"]],
    phi: false,
  },
  {
    label: "dental sealant program: referred 271 kids",
    text: "We screened 1,942 students, placed 2,318 sealants, and referred 271 kids for follow-up care.\nKim Osei 555-0103",
    marks: [["procedure", "sealants"], ["name", "Kim Osei"], ["phone", "555-0103"]],
    phi: false,
  },
  {
    label: "recognition email: patient and family visits, a long-time patient",
    text: "Recognizing Oluwaseun Adebayo: 214 patient and family visits, 38 end-of-life visits. \"When we lost a long-time patient on nights, Seun stayed.\"\nDolores Whitaker",
    marks: [["name", "Oluwaseun Adebayo"], ["procedure", "end-of-life visits"], ["name", "Dolores Whitaker"]],
    phi: false,
  },
  {
    label: "billing training example and a protocol's patient",
    text: "Example we'll work through: the patient gets 38 minutes of therapeutic exercise. Updated protocol for IVIG: the patient's weight used for dosing.\nRaj Patel 555-0104",
    marks: [["procedure", "therapeutic exercise"], ["medication", "IVIG"], ["name", "Raj Patel"], ["phone", "555-0104"]],
    phi: false,
  },
  {
    label: "risk memo: any event that harmed the patient",
    text: "REPORT EVENTS PROMPTLY. Any event that caused or could have caused harm to the patient (falls, medication errors) must be reported.\nEleanor Whitcombe, JD, 614-555-0181",
    marks: [["diagnosis", "falls"], ["name", "Eleanor Whitcombe"], ["phone", "614-555-0181"]],
    phi: false,
  },
  {
    label: "a recall's range of pump serials",
    text: "Field notice: the ambulatory infusion pump, serial numbers AP3-210400 through AP3-214999, may alarm.\nTom Reyes 555-0105",
    marks: [["device_id", "AP3-210400"], ["procedure", "infusion"], ["name", "Tom Reyes"], ["phone", "555-0105"]],
    phi: false,
  },
  {
    label: "a teaching case of a patient in their 60s",
    text: "A patient in their 60s receiving pembrolizumab for metastatic NSCLC calls on a Friday with diarrhea.\nNurse educator: ana.ruiz@example.org",
    marks: [["medication", "pembrolizumab"], ["diagnosis", "NSCLC"], ["email", "ana.ruiz@example.org"]],
    phi: false,
  },
  {
    label: "a dated schedule row of outreach sites names a place, not a home",
    text: "MOBILE VAN - December\nDATE         SITE                                   SERVICES\nTue 12/2     Cedar Park Apartments, 2200 Cedar Park Dr, Millbrook     primary care, A1c",
    marks: [["address", "2200 Cedar Park Dr, Millbrook"], ["procedure", "A1c"]],
    phi: false,
  },
  {
    label: "a church's parking lot is a venue",
    text: "Office and hospice staff: park at the Grace Fellowship Church lot, 2250 Orchard Ave. Questions: Ray Delgado.",
    marks: [["address", "2250 Orchard Ave."], ["procedure", "hospice"], ["name", "Ray Delgado"]],
    phi: false,
  },
  {
    label: "patient families and patient stories are kinds",
    text: "The front lot stays reserved for patient families. Never share patient stories online. Hospice staff: see Beth Oduya.",
    marks: [["procedure", "Hospice"], ["name", "Beth Oduya"]],
    phi: false,
  },
  {
    label: "a supplier's account for the facility",
    text: "Your facility account #: FAC-20417. Oxygen concentrators get maintenance every 90 days. Tomasz Wojcik",
    marks: [["account_number", "FAC-20417"], ["procedure", "Oxygen concentrators"], ["name", "Tomasz Wojcik"]],
    phi: false,
  },
  {
    label: "\"on their own\" is alone, not theirs",
    text: "Presenter: Kevin O'Donnell, JD. Covers which services teens can consent to on their own (contraception, STI testing).",
    marks: [["name", "Kevin O'Donnell"], ["reproductive_health", "contraception"], ["reproductive_health", "STI testing"]],
    phi: false,
  },
  {
    label: "a contract's requirement to a vendor is no one's results",
    text: "Hi Leah,\nPer our contract agency staff must have current TB test results on file before a first shift.",
    marks: [["name", "Leah"], ["procedure", "TB test"]],
    phi: false,
  },
  {
    label: "a roster row ends at the blank line",
    text: "Attendees:\n1) Dubois, Yvette (Pharmacy)\n\nAgenda: the lorazepam storage policy.",
    marks: [["name", "Dubois, Yvette"], ["medication", "lorazepam"]],
    phi: false,
  },
  {
    label: "a sponsor's monitoring visit dates no one's care",
    text: "Subject: Interim Monitoring Visit - March 11-12, 2025\nFor the heart failure device study I will need a private room. Fenella Osei-Bonsu",
    marks: [["date", "March 11", "visit"], ["diagnosis", "heart failure"], ["name", "Fenella Osei-Bonsu"]],
    phi: false,
  },
  {
    label: "an occupational clinic's client worksites are companies",
    text: "Our clinics saw 61 heat-related visits from client worksites; two had heat stroke. Training by Rosa Delgado-Fitch, RN.",
    marks: [["diagnosis", "heat stroke"], ["name", "Rosa Delgado-Fitch"]],
    phi: false,
  },
  {
    label: "patient areas are places",
    text: "Masks required in patient areas Dec 1-Mar 31 if you decline the influenza vaccine. Yusuf Demir, RN",
    marks: [["procedure", "influenza vaccine"], ["name", "Yusuf Demir"]],
    phi: false,
  },
  {
    label: "\"Dear Ms. Bello,\" greets a business reader",
    text: "Dear Ms. Bello,\nFor the heart failure device study IMV I will need a private room.",
    marks: [["name", "Bello"], ["diagnosis", "heart failure"]],
    phi: false,
  },
  {
    label: "a supplier's remittance address",
    text: "Please remit by check to Lakeshore Medical Supply, 2210 Industrial Pkwy, Akron, OH 44312. Breath alcohol test mouthpieces x6. Colleen Mbeki",
    marks: [["address", "2210 Industrial Pkwy, Akron, OH 44312"], ["procedure", "Breath alcohol test"], ["name", "Colleen Mbeki"]],
    phi: false,
  },
  {
    label: "\"Dear valued client\" and a client number are a customer account",
    text: "Dear valued client,\nTurnaround on our expanded 10-panel (incl. fentanyl) is now 72 hours.\nYour account: Riverbend Occupational Health, client #RB-30218. Rep: Teodora Vasquez",
    marks: [["procedure", "expanded 10-panel"], ["substance_use", "fentanyl"], ["other_id", "RB-30218"], ["name", "Teodora Vasquez"]],
    phi: false,
  },
  {
    label: "a territory manager's visit to the customer",
    text: "Pull the recalled tibial inserts (revision TKA) and I'll swap them on my 12/2 visit.\nGrant Olafsson\nTerritory Manager, Meridian Orthopedic Solutions",
    marks: [["procedure", "revision TKA"], ["date", "12/2", "visit"], ["name", "Grant Olafsson"]],
    phi: false,
  },
  {
    label: "\"first patient contact\" is a kind of contact",
    text: "Welcome Bilal Haddad, RN. New hires complete the immunization records and TB screening before their first patient contact. Gwen Takahashi, HR",
    marks: [["name", "Bilal Haddad"], ["procedure", "immunization"], ["procedure", "TB screening"], ["name", "Gwen Takahashi"]],
    phi: false,
  },
  {
    label: "\"every catheter pt\" is a kind",
    text: "QAPI minutes. Catheter rate is our weak spot: review every catheter pt w/ the surgeons (ESRD QIP). Minutes: Luwam Dube, RD",
    marks: [["diagnosis", "ESRD"], ["name", "Luwam Dube"]],
    phi: false,
  },
  {
    label: "\"discharged pts\" in a metric",
    text: "ED LOS, discharged pts: 198 min. Sepsis bundle compliance 78%. Naomi Feldstein, Director",
    marks: [["diagnosis", "Sepsis"], ["name", "Naomi Feldstein"]],
    phi: false,
  },
  {
    label: "a surgeon's SLT block is her schedule",
    text: "Dr. Nakamura OUT Mon 7/21. Her Tuesday YAG / SLT block is cancelled; Lupe is making the calls.",
    marks: [["name", "Nakamura"], ["procedure", "SLT"], ["name", "Lupe"]],
    phi: false,
  },
  {
    label: "\"No patient-level data in this email\"",
    text: "RSV uptick on 6 West. Dr. Vasquez leads the pilot. No patient-level data in this email.",
    marks: [["diagnosis", "RSV"], ["name", "Vasquez"]],
    phi: false,
  },
  {
    label: "\"any visit booked for 6/2\" is every visit that day",
    text: "VidaConnect links stop working after May 30, so any visit booked for 6/2 or later needs the new link. IOP groups: ask Ruben Aguilar, 614-555-0111.",
    marks: [["date", "6/2", "visit"], ["mental_health", "IOP"], ["name", "Ruben Aguilar"], ["phone", "614-555-0111"]],
    phi: false,
  },
  {
    label: "a conditional rule about \"the pt\"",
    text: "If the tablet flags positive on the C-SSRS, front desk walks it to the clinician - do NOT leave the pt alone. Questions: Keiko Tanaka",
    marks: [["mental_health", "C-SSRS"], ["name", "Keiko Tanaka"]],
    phi: false,
  },
  {
    label: "reminders about \"the patient\"",
    text: "Reminders for the new folks: keep the clipboard face down and hand insurance cards back directly to the patient. OB/GYN front desk, Colleen O'Rourke",
    marks: [["reproductive_health", "OB/GYN"], ["name", "Colleen O'Rourke"]],
    phi: false,
  },
  {
    label: "a poster on a topic is not her care",
    text: "Noor is presenting her poster on reducing primary cesarean in low-risk nulliparas. Anneke de Vries",
    marks: [["name", "Noor"], ["reproductive_health", "cesarean"], ["name", "Anneke de Vries"]],
    phi: false,
  },
  {
    label: "a rate of women and \"her lifetime\"",
    text: "About 1 in 8 women in the U.S. will be diagnosed with breast cancer in her lifetime, and screening mammography finds it early. Hannah Sorensen, RN",
    marks: [["diagnosis", "breast cancer"], ["procedure", "mammography"], ["name", "Hannah Sorensen"]],
    phi: false,
  },
  {
    label: "prior auth as a training topic",
    text: "Tue 9/9 - Prior auth basics with Deb Haraldsen: which payers require auth for MRI and PET/CT.",
    marks: [["name", "Deb Haraldsen"], ["procedure", "MRI"], ["procedure", "PET/CT"]],
    phi: false,
  },
  {
    label: "member-level lists and \"no member-level detail\"",
    text: "Gap lists are member-level; hypertension control is at 61%. No member-level detail in this email. Kwame Asante",
    marks: [["diagnosis", "hypertension"], ["name", "Kwame Asante"]],
    phi: false,
  },
  {
    label: "a missing referring NPI is a claim field",
    text: "CO-16 volume is missing referring NPI; 97110 with M54.50 low back pain. Olumide Fashola, CPA",
    marks: [["procedure", "97110"], ["diagnosis", "M54.50"], ["diagnosis", "low back pain"], ["name", "Olumide Fashola"]],
    phi: false,
  },
  {
    label: "\"PT\" as the therapist, the board and a department",
    text: "Instructor: Hannah Lindqvist, PT, DPT. Contact hours approved by the state PT board. Sam from PT will help with vestibular rehab.",
    marks: [["name", "Hannah Lindqvist"], ["name", "Sam"], ["procedure", "vestibular rehab"]],
    phi: false,
  },
  {
    label: "a course topic's \"dizzy patient\"",
    text: "Topics: Assessment of the dizzy patient, Dix-Hallpike. Instructor Hannah Lindqvist, 614-555-0150.",
    marks: [["diagnosis", "dizzy"], ["procedure", "Dix-Hallpike"], ["name", "Hannah Lindqvist"], ["phone", "614-555-0150"]],
    phi: false,
  },
  {
    label: "\"before the first patient\" is whoever comes first",
    text: "On Monday open one image in each op before the first patient. BLS renewals: Alan Pryce",
    marks: [["procedure", "BLS"], ["name", "Alan Pryce"]],
    phi: false,
  },
  {
    label: "patients' own metformin in a recall notice",
    text: "Per the notice, patients should keep taking their metformin until a replacement is dispensed. Hana Ito, PharmD, 614-555-0188",
    marks: [["medication", "metformin"], ["name", "Hana Ito"], ["phone", "614-555-0188"]],
    phi: false,
  },
  {
    label: "a clinic announcing its new address",
    text: "Our Eastgate clinic is relocating.\n\nNew address (effective Monday, August 4):\n4410 Commerce Parkway, Suite 200, Westerville, OH 43081\n\nLast day of patient care at the old site is July 30. Jennifer Osei, PT",
    marks: [["address", "4410 Commerce Parkway, Suite 200, Westerville, OH 43081"], ["procedure", "patient care"], ["name", "Jennifer Osei"]],
    phi: false,
  },
  {
    label: "a study club at a restaurant",
    text: "Study club is Thursday at The Copper Kettle, 118 Main St, Brookside, OH 44120. Implant talk by Tim Quade.",
    marks: [["address", "118 Main St, Brookside, OH 44120"], ["procedure", "Implant"], ["name", "Tim Quade"]],
    phi: false,
  },
  {
    label: "a de-identified case with a stated age",
    text: "Case (all identifiers removed, shared for education): 15-year-old female with congenitally missing laterals. Presenter: Tim Quade",
    marks: [["minor", "15-year-old", undefined, "age-years-old"], ["diagnosis", "congenitally missing laterals"], ["name", "Tim Quade"]],
    phi: false,
  },
  {
    label: "a dental imaging sensor's serial is equipment",
    text: "Hi Alan, shipping: ClearView HD size 2 sensor, S/N CVH2-0093381, for the intraoral x-ray install. Devon Kaczmarek",
    marks: [["name", "Alan"], ["device_id", "CVH2-0093381"], ["procedure", "intraoral x-ray"], ["name", "Devon Kaczmarek"]],
    phi: false,
  },
  {
    label: "a new hire's former hospital ran the procedure program",
    text: "Please welcome Bongani Dlamini, who ran their MSLT and PAP titration program at Lakeside for five years.",
    marks: [["name", "Bongani Dlamini"], ["procedure", "MSLT"]],
    phi: false,
  },
  {
    label: "a nurse passed a certification named after a condition",
    text: "Congrats to Beatriz Oyelaran, LPN, who passed her headache nursing certification!",
    marks: [["name", "Beatriz Oyelaran"], ["diagnosis", "headache"]],
    phi: false,
  },
  {
    label: "a signature's credentials after the comma",
    text: "EEG slots go to 75 min.\n\nAyesha Qureshi, R. EEG T.\nLead Technologist",
    marks: [["name", "Ayesha Qureshi"], ["procedure", "EEG"]],
    phi: false,
  },
  {
    label: "a staff meeting's date after a follow-up",
    text: "Quick follow-up from the May 20 quality meeting: seizure driving counseling is documented in 68%. Dr. Samira Haddad will review.",
    marks: [["date", "May 20", "follow-up"], ["name", "Samira Haddad"], ["diagnosis", "seizure"]],
    phi: false,
  },
  {
    label: "a case referred to protected peer review",
    text: "Attendees: Wendt, Halvorsen. 1 delayed post-polypectomy bleed; case referred to protected peer review.",
    marks: [["name", "Wendt"], ["name", "Halvorsen"], ["procedure", "polypectomy"]],
    phi: false,
  },
  {
    label: "a program's top diagnoses in a report",
    text: "HOSPITAL AT HOME: 71 episodes. Top dx: CHF exacerbation, cellulitis. Questions to Siobhan Kearney.",
    marks: [["name", "Siobhan Kearney"], ["diagnosis", "CHF exacerbation"]],
    phi: false,
  },
  {
    label: "a vendor's depot address",
    text: "We are shipping 6 replacement pulse oximeters to the depot at 3300 Commerce Pkwy, Columbus, OH 43219. Bryce Halvorsen",
    marks: [["address", "3300 Commerce Pkwy, Columbus, OH 43219"], ["procedure", "pulse oximeters"], ["name", "Bryce Halvorsen"]],
    phi: false,
  },
  {
    label: "a facility's address after its name on its line",
    text: "Willow Court Memory Care | 1900 Quail Hollow Dr, Maumee, OH 43537\nJoan Petrakis on Lewy body dementia, Nov 11.",
    marks: [["address", "1900 Quail Hollow Dr, Maumee, OH 43537"], ["name", "Joan Petrakis"], ["diagnosis", "Lewy body dementia"]],
    phi: false,
  },
  {
    label: "a vendor account for support calls",
    text: "Your account ID for support calls is HL-ACCT-55302. Glucometer training 9/18. Bryce Halvorsen",
    marks: [["account_number", "HL-ACCT-55302"], ["procedure", "Glucometer"], ["name", "Bryce Halvorsen"]],
    phi: false,
  },
  {
    label: "the patient the sentence made up",
    text: "Items labeled with a patient's name go to the patient's room, not the shelf. Wound care supplies on cart 2. Luis Ortega",
    marks: [["name", "Luis Ortega"], ["procedure", "Wound care"]],
    phi: false,
  },
  {
    label: "a PT team's training tips",
    text: "Training tips from our PT team: watch for shin splints. Cody Blackfeather, ATC",
    marks: [["name", "Cody Blackfeather"], ["diagnosis", "shin splints"]],
    phi: false,
  },
  {
    label: "PT in a discipline table",
    text: "Discipline | FTE\nOT | 6.0\nPT | 2.0\nSLP caseloads rise with autism referrals. Sunita Raghunathan",
    marks: [["name", "Sunita Raghunathan"], ["diagnosis", "autism"]],
    phi: false,
  },
  {
    label: "a clinic's new hours starting a day",
    text: "Anesthesia Pre-Op Clinic: new hours starting 4/1 before surgery. Viktor Nemeth",
    marks: [["date", "4/1", "surgery"], ["name", "Viktor Nemeth"], ["procedure", "Anesthesia"]],
    phi: false,
  },
  {
    label: "a machine's back-in-service date",
    text: "The scope washer is down; back-in-service date is Mon 10/20 for ACL reconstruction cases. Luis Ortega",
    marks: [["date", "10/20", "service date"], ["name", "Luis Ortega"], ["procedure", "ACL reconstruction"]],
    phi: false,
  },
  {
    label: "a billing rule's patient setting and consent",
    text: "1) Telehealth POS / modifiers\n   - Patient at home: POS 10 + modifier 95\n   - Audio-only: modifier 93 (need documented pt consent to audio-only)\n   - New telehealth E/M codes 98000-98015\nQuestions to Dana Reyes.",
    marks: [["name", "Dana Reyes"], ["procedure", "98000"]],
    phi: false,
  },
  {
    label: "a vendor's in-service on a procedure for your staff",
    text: "Your order includes a free in-service for your SLPs on AAC assessment. Estimated delivery Oct 14-16. Brock Tillman",
    marks: [["name", "Brock Tillman"], ["procedure", "AAC assessment"], ["date", "Oct 14", "delivery"]],
    phi: false,
  },
  {
    label: "a coat drive's shelter address",
    text: "Coat drive: kids' coats for the family shelter at 1140 W. Alder St. Questions to Rosa Amaya; flu shots at the same site.",
    marks: [["address", "1140 W. Alder St"], ["name", "Rosa Amaya"], ["procedure", "flu shots"]],
    phi: false,
  },
  {
    label: "a fleet service's address on a van schedule",
    text: "FRI 11/21: van #2 pickup from Midway Fleet Service, 4410 S. Pulaski Rd; interpreters for the TB clinic. Tomas Reyes",
    marks: [["address", "4410 S. Pulaski Rd"], ["name", "Tomas Reyes"], ["procedure", "TB clinic"]],
    phi: false,
  },
  {
    label: "a lab's client account with a reference lab",
    text: "Your client account is MP-40117 for send-outs (HLA typing). Derek Hollins",
    marks: [["account_number", "MP-40117"], ["procedure", "HLA typing"], ["name", "Derek Hollins"]],
    phi: false,
  },
  {
    label: "proficiency testing results in lab minutes",
    text: "Lab Quality Cmte - PT results summary: lipase sample CHM-09 unacceptable. Attendees: Dr. Ruth Achterberg",
    marks: [["name", "Ruth Achterberg"], ["procedure", "lipase"]],
    phi: false,
  },
  {
    label: "a year alone after a procedure",
    text: "[ ] Director signature on every procedure reviewed in 2025 - Oksana Lindqvist; blood bank SOPs.",
    marks: [["date", "2025", "procedure"], ["name", "Oksana Lindqvist"], ["procedure", "blood bank"]],
    phi: false,
  },
  {
    label: "a doctor's own procedure days: 'Dr. Nwosu will use 4 and 5 on her SLT days'",
    text: "Exam 4 gets the slit lamp from Exam 6. Dr. Nwosu will use 4 and 5 on her SLT days.\nKateryna Bondarenko",
    marks: [["name", "Nwosu"], ["procedure", "SLT"], ["name", "Kateryna Bondarenko"]],
    phi: false,
  },
  {
    label: "a product's use: 'single-patient use only'",
    text: "Accessory kits billed separately, single-patient use only. Breast pump fleet: 140 units.\nDana Whitcomb",
    marks: [["procedure", "pump"], ["name", "Dana Whitcomb"]],
    phi: false,
  },
  {
    label: "a metric's milk: 'own mother's milk by DOL 3: 82%'",
    text: "Infants <1500 g receiving own mother's milk by DOL 3: 82%. Pump rental renewal signed.\nMinutes: Ines Carvalho",
    marks: [["minor", "Infants"], ["procedure", "Pump"], ["name", "Ines Carvalho"]],
    phi: false,
  },
  {
    label: "'their' of someone a rule speaks of: 'even if they posted about their own rhinoplasty'",
    text: "Do not reply to comments confirming someone was a patient, even if they posted about their own rhinoplasty first.\nInes Carvalho",
    marks: [["procedure", "rhinoplasty"], ["name", "Ines Carvalho"]],
    phi: false,
  },
];

describe('decideVerdict', () => {
  it.each([...PHI_ROWS, ...NOT_PHI_ROWS].map((r) => [r.label, r] as const))('%s', (_label, row) => {
    const verdict = verdictOf(row.text, row.marks);
    expect(verdict.phi, verdict.reasons.join('; ')).toBe(row.phi);
  });

  it('says why: a PHI verdict names the link to a person, a topic verdict says it is not tied', () => {
    const phi = verdictOf(PHI_ROWS[1]!.text, PHI_ROWS[1]!.marks);
    expect(phi.reasons.some((r) => r.startsWith('tied to a person: a patient identifier (mrn)'))).toBe(true);
    const text = 'Karen Whitfield will present the diabetes prevention program at noon.';
    const topic = verdictOf(text, [['name', 'Karen Whitfield'], ['diagnosis', 'diabetes']]);
    expect(topic.identifiable && topic.health).toBe(true);
    expect(topic.reasons).toContain('health topic not tied to the people named');
    const staffOnly = verdictOf(NOT_PHI_ROWS[2]!.text, NOT_PHI_ROWS[2]!.marks);
    expect(staffOnly).toMatchObject({ phi: false, identifiable: true, health: true });
    expect(staffOnly.reasons).toContain('only staff and department contacts are identified');
  });

  it('rates sensitive categories and psychotherapy notes high, plain health moderate, identifiers alone low', () => {
    expect(verdictOf(PHI_ROWS[4]!.text, PHI_ROWS[4]!.marks).risk).toBe('high');
    expect(verdictOf(PHI_ROWS[5]!.text, PHI_ROWS[5]!.marks)).toMatchObject({ risk: 'high', sensitive: ['minor'] });
    expect(verdictOf(PHI_ROWS[0]!.text, PHI_ROWS[0]!.marks).risk).toBe('moderate');
    expect(verdictOf(NOT_PHI_ROWS[0]!.text, NOT_PHI_ROWS[0]!.marks).risk).toBe('low');
    expect(verdictOf('Lunch is at noon.', []).risk).toBe('none');
  });

  it('a care context word counts as health only when it is clinical, not an office word', () => {
    const mrnOnly: [FindingType, string][] = [['name', 'Ann Lee'], ['mrn', '4412093']];
    expect(verdictOf('Ann Lee, MRN 4412093, was discharged yesterday.', mrnOnly).phi).toBe(true);
    expect(verdictOf('Ann Lee, MRN 4412093, please update the org chart and your expense claim.', mrnOnly).phi).toBe(false);
  });
});
