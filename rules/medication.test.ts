import { describe } from 'vitest';
import { medication } from './medication';
import { recognizerTable } from './lexicons/health/table';

describe('medication recognizer', () => {
  recognizerTable(medication, [
    ['Continue metformin 500 mg BID.', 'metformin'],
    ['Refill Eliquis 5 mg.', 'Eliquis'],
    ['Start insulin glargine 10 units nightly.', 'insulin glargine'],
    ['On LISINOPRIL 20.', 'LISINOPRIL'],
    ['Switched to Ozempic last month.', 'Ozempic'],
    ['taking buprenorphine-naloxone', 'buprenorphine-naloxone'],
    ['aspirin 81 mg daily', 'aspirin 81'],
    ['Rx: aspirin 325 mg', 'aspirin'],
    ['Z-pak sent to pharmacy', 'Z-pak'],
    // therapeutic areas beyond primary care
    ['He takes prazosin for nightmares.', 'prazosin'],
    ['STOPPED: diphenhydramine, no OTC sleep aids.', 'diphenhydramine'],
    ['Use Flonase each morning.', 'Flonase'],
    ['Trial of Linzess for constipation.', 'Linzess'],
    ['Tamsulosin caused dizziness, try Myrbetriq.', 'Myrbetriq'],
    ['Continue Keppra and add Vimpat.', 'Vimpat'],
    ['Started Nurtec for migraine.', 'Nurtec'],
    // fertility, obstetric, contraception
    ['Stop the Menopur tonight and take your Ovidrel at 9 pm.', 'Menopur'],
    ['Stop the Menopur tonight and take your Ovidrel at 9 pm.', 'Ovidrel'],
    ['Gonal-F 150 IU with ganirelix from day 6.', 'Gonal-F'],
    ['You were given RhoGAM at 28 weeks.', 'RhoGAM'],
    ['Pitocin augmentation was started.', 'Pitocin'],
    ['Refill Sprintec, 3 packs.', 'Sprintec'],
    // bowel preps, OTC
    ['Start GoLytely prep at 5 PM.', 'GoLytely'],
    ['Drink the Suprep kit the night before.', 'Suprep'],
    ['Take Miralax daily until soft stools.', 'Miralax'],
    ['Pepto-Bismol may turn the stool black.', 'Pepto-Bismol'],
    // neonatal, pediatric
    ['RDS s/p surfactant x1.', 'surfactant'],
    ['Home on Poly-Vi-Sol with iron 1 mL daily.', 'Poly-Vi-Sol with iron'],
    ["Children's Tylenol 160 mg every 6 hours.", "Children's Tylenol"],
    ['Synagis monthly through RSV season.', 'Synagis'],
    // emergency and inpatient
    ['Clot-busting drugs like tPA work best within hours.', 'tPA'],
    ['Given alteplase at 14:05.', 'alteplase'],
    ['Heparin drip started, cards consulted.', 'Heparin drip'],
    ['Levophed titrated to MAP > 65.', 'Levophed'],
    ['Propofol for sedation overnight.', 'Propofol'],
    // clinical abbreviations
    ['Keflex 500 qid + APAP prn.', 'APAP'],
    ['Heparin drip started, ASA 324 given.', 'ASA'],
    ['Continue ASA and statin.', 'statin'],
    ['NTG SL x3 for chest pain.', 'NTG'],
    ['KCl 20 mEq PO x1.', 'KCl'],
    ['MVI daily with breakfast.', 'MVI'],
    ['Bactrim allergy, so TMP-SMX is out.', 'TMP-SMX'],
    ['Hold the DOAC 48 h before surgery.', 'DOAC'],
    ['Avoid NSAIDs with your kidneys.', 'NSAIDs'],
    ['Retin-A nightly for acne.', 'Retin-A'],
    // drug classes
    ['Ask whether metformin or a GLP-1 is right for you.', 'GLP-1'],
    ['Add an SGLT2 inhibitor for the heart failure.', 'SGLT2 inhibitor'],
    ['Start a beta blocker after the MI.', 'beta blocker'],
    ['Cough on the ACE inhibitor, switch to an ARB.', 'ACE inhibitor'],
    ['Cough on the ACE inhibitor, switch to an ARB.', 'ARB'],
    ['Continue the proton pump inhibitor twice daily.', 'proton pump inhibitor'],
    // psychiatric, substance use
    ['Lithium carbonate 300 mg at bedtime.', 'Lithium carbonate'],
    ['Naltrexone ER injection monthly.', 'Naltrexone ER'],
    ['On IV vanc and cefepime.', 'IV vanc'],
    ['Fentanyl 50 mcg IV given for pain.', 'Fentanyl'],
    ['Lomotil after each loose stool.', 'Lomotil'],
    ['Cardene drip for BP control.', 'Cardene'],
    ["Tumor board recommends neoadjuvant TCHP x6.", "TCHP"],
    ["I did not give the Valtoco per the seizure plan.", "Valtoco"],
    ["Allergy: sulfa", "sulfa"],
    ["Discussed sparsentan for her IgA nephropathy.", "sparsentan"],
    // drug names misspelled by one letter where a drug is talked about; English words near a drug name are not
    ["i ran out of my lisinipril on sunday", "lisinipril"],
    // whether it works, as a patient says it
    ["also the ibuprofin isnt doing much, can i take more", "ibuprofin"],
    ["the pharmacy switched brands and now the metforman is giving me a bad stomach", "metforman"],
    ["amoxicilin 500 mg three times a day", "amoxicilin"],
    ["pt restless overnight, trazadone given at 2200", "trazadone"],
    // specialty brands
    ["started Rinvoq 15 mg daily", "Rinvoq"],
    ["switched to Tresiba at bedtime", "Tresiba"],
    // drugs by what they treat, in patients' words
    ["I think my blood pressure meds are making me dizzy", "blood pressure meds"],
    // doxycycline as post-exposure prophylaxis
    ["can i get the doxy-PEP thing my friend mentioned", "doxy-PEP"],
    // drugs of the special categories and wound and vaccine products
    ['refer anyone interested in PrEP to our navigation team', 'PrEP'],
    ['START progesterone in oil (PIO) 1 mL IM nightly', 'PIO'],
    ['influenza vaccine (incl. Flublok for those who prefer egg-free)', 'Flublok'],
    ['patients receiving icodextrin peritoneal dialysis solution', 'icodextrin'],
    ['currently Santyl + calcium alginate daily to heel', 'calcium alginate'],
    ['running heparin or insulin drips at low rates', 'insulin drips'],
    // opioids as a class
    ['will not prescribe oxycodone or other opioids after surgery', 'opioids'],
    ['no chronic opioid therapy', 'opioid therapy'],
    // fentanyl given for sedation or through the skin
    ['sedation with fentanyl / midazolam in an unstable patient', 'fentanyl'],
    ['convert her to a fentanyl transdermal patch', 'fentanyl transdermal'],
    // headache, TB and travel medicine drugs; ambiguous abbreviations need a cue
    ['Switch to a CGRP monoclonal antibody', 'CGRP monoclonal antibody'],
    ['IV DHE protocol x 3 days', 'IV DHE'],
    ['Treat with 3HP once weekly', '3HP'],
    ['Vivotif 4 capsules before travel', 'Vivotif'],
    ['IV artesunate from the CDC', 'IV artesunate'],
    // chemotherapy regimens
    ['dose-dense AC-T completed in 2019', 'dose-dense AC-T'],
    ['ABVE-PC x 4 cycles as a teen', 'ABVE-PC'],
    // Eye drops, transplant and wound medicines from fresh30/31
    ['Start difluprednate 0.05% QID.', 'difluprednate'],
    ['Switch to loteprednol 0.5% BID.', 'loteprednol'],
    ['Mycophenolic acid DR 360 mg BID.', 'Mycophenolic acid'],
    ['Dress with cadexomer iodine gel daily.', 'cadexomer iodine gel'],
    ['Silver nitrate to the hypergranulation.', 'Silver nitrate'],
    ['Mag-Ox 400 mg daily for low Mg.', 'Mag-Ox'],
    // Immune globulin, lipid emulsion, factor and opioid names from fresh34/35
    ['Privigen 0.4 g/kg every 4 weeks.', 'Privigen'],
    ['SMOFlipid 250 mL over 12 hours.', 'SMOFlipid'],
    ['Eftrenonacog alfa (Alprolix) 50 IU/kg weekly.', 'Eftrenonacog alfa'],
    ['Oxymorphone positive on the last screen.', 'Oxymorphone'],
    // From fresh37
    ['Benztropine 1 mg BID for EPS.', 'Benztropine'],
    // From fresh38/39
    ['Puberty blockers started at 11.', 'Puberty blockers'],
    ['Histrelin implant placed in the left arm.', 'Histrelin implant'],
    ['Starts CAPOX cycle 3 Monday.', 'CAPOX'],
    // fresh56-67: CF modulators, retina biosimilars, supportive care, transplant
    ["Switched to Trikafta in March, LFTs stable.", "Trikafta"],
    ["Tier 2: Byooviz or Cimerli per payer.", "Cimerli"],
    ["Relistor 12 mg SC for OIC.", "Relistor"],
    ["Astagraf XL 6 mg daily, trough Thursday.", "Astagraf XL"],
    // fresh70/71: a weight-based dose or a drip's titration is the cue for aspirin and oxytocin; a wound dressing
    ['timing of IVIG 2 g/kg and aspirin; when is infliximab considered', 'aspirin'],
    ['most likely affected include oxytocin titrations and magnesium sulfate', 'oxytocin'],
    ['Wound care L heel: hydrocolloid dressing q3 days and PRN', 'hydrocolloid dressing'],
    // fresh72/73: an antidepressant class by its letters; a stress agent; a Spanish drug name
    ['monitor for bleeding with an SSRI.', 'SSRI'],
    ['Regadenoson 0.4 mg is backordered until 6/27', 'Regadenoson'],
    ['pregunta sobre warfarina / INR question', 'warfarina'],
  ], [
    'Will you cover my shift?',
    'The insulating foam arrived.',
    'Metformed plastics are on sale.',
    'Ella will bring the cake.',
    'Plan B is to hold the meeting online.',
    'The patient portal newsletter is out.',
    'Positive feedback from the team.',
    'Aspirin for the masses, said the headline.',
    'Order more alkaline batteries.',
    'The ozempico café opens Monday.',
    // ambiguous brands and words
    'Allegra will chair the meeting.',
    'Allegra and Sonata are on the guest list.',
    'The Soma office moved to Market Street.',
    'Exelon sent the electric bill.',
    'She is well versed in billing rules.',
    'Emend the minutes before Friday.',
    'Dopamine and reward: a talk by our guest.',
    'The retina specialist is on vacation.',
    'Call the TPA about the claim.',
    'Contact the TPA, then the broker.',
    'The ACT score came back at 180.',
    // ASA the anesthesia class, not aspirin
    'ASA class III, cleared for surgery.',
    'ASA 2 patient for elective repair.',
    'ASA II, Mallampati 2.',
    'ASA physical status 3.',
    'The ASA annual meeting is in October.',
    // drug classes and lay phrases left to context
    'Take your antibiotics until they are gone.',
    'Her blood thinner makes her bruise.',
    'Failed topical steroids.',
    'Clot-busting drugs work best early.',
    'The GoFundMe was shared on Facebook.',
    // places and programs named after a drug
    'He goes to the methadone clinic every morning.',
    'Coumadin clinic is on the second floor.',
    'The Suboxone program moved to Building C.',
    // lab values, not doses
    'Vitamin D level was 18 ng/mL.',
    'Testosterone level is low-normal.',
    'Calcium 9.8 mg/dL, magnesium 2.0.',
    'Potassium 3.1 this morning.',
    'Iron studies are pending.',
    // other uses of the words
    'Buy normal saline contact solution.',
    'The cathedral choir sang at noon.',
    'Nitro cold brew is on tap.',
    'The glucagon-like peptide story ran in the news.',
    'The surface area is 4 square meters.',
    'Statinesque columns line the hall.',
    'The DOACS committee met.',
    'The PPID sheet is due.',
    'The Excel sheet has KCL-1 codes.',
    'Read the apap.txt file.',
    'The MVIs of the season were announced.',
    'Order 50 tPAs for the lab.',
    'The ARB committee meets Tuesday.',
    'The vancouver office is closed.',
    'Illicit fentanyl is driving overdoses in the county.',
    'Amphetamine was positive on the urine screen.',
    'The cardenal flowers are blooming.',
    'ICS activation drill at noon.',
    'The ACT score came back at 180.',
    'The TCH conference room is booked.',
    'Folding chairs are in the FOL closet.',
    'Sulphur springs trip is Friday.',
    // drug names misspelled by one letter where a drug is talked about; English words near a drug name are not
    "She has the ability to work from home.",
    "The concert starts at 8 pm, tickets at the door.",
    "A singular focus on patient safety this year.",
    "Lisinipril Road is closed for repairs.",
    "The new printer is not working again.",
    // specialty brands
    "Rinvoquest is a board game.",
    "The Tresidder building is closed.",
    // drugs by what they treat, in patients' words
    "The pressure is on for the meds audit.",
    // doxycycline as post-exposure prophylaxis
    "Pep rally at noon.",
    // drugs of the special categories and wound and vaccine products
    'Please prep the room before the 9 am meeting.',
    'Meal prep class is on Thursday.',
    'The PIONEER trial results were presented.',
    'The alginate lab supply order is late.',
    'Drips from the ceiling in room 4 were reported.',
    'PrEPared remarks for the board are attached.',
    // opioids as a class
    'The opioid task force meets Monday.',
    'Opioid crisis town hall in the auditorium.',
    // fentanyl given for sedation or through the skin
    'fentanyl is showing up in the local drug supply',
    'the patch cable for the drip tray is on order',
    // headache, TB and travel medicine drugs; ambiguous abbreviations need a cue
    'The ASM annual meeting is in June.',
    'SU students rotate in the spring.',
    'EBUS stations 4R/7 negative.',
    'The RIPE avocados are in the break room.',
    'PEG board for the volunteer schedule.',
    // chemotherapy regimens
    'The A/C unit in radiation oncology is broken.',
    'ABV is on the wine list for the gala.',
    // Eye drops, transplant and wound medicines from fresh30/31
    'Zinc roofing for the annex.',
    'The silver sponsor tier is full.',
    'Erythropoiesis lecture moved.',
    'Petroleum prices raised the shipping fee.',
    'The magnesium grill is broken.',
    'Our loteria night raised $300.',
    // Immune globulin, lipid emulsion, factor and opioid names from fresh34/35
    'Trace elements of the old logo remain.',
    'The privilege list is on the intranet.',
    'Gamut of options for the party.',
    'Advantage plans are due.',
    // From fresh37
    'Benz the van driver is out today.',
    // From fresh38/39
    'The capo for the guitar is in my office.',
    'Blocker tape on the door.',
    'Hist Society meeting at noon.',
    // fresh56-67: CF modulators, retina biosimilars, supportive care, transplant
    "The Alyssa Ramos retirement party is Friday.",
    "Kinross office opens at 8.",
    "Prolonged meeting, sorry for the delay.",
    'Relist the job posting on Monday.',
    'Cimarron office parking is full.',
    // fresh70/71: aspirin and oxytocin without a dose or a drip stay words of an article
    'Aspirin is the oldest drug in the cabinet, said the talk.',
    'The oxytocin lecture is on Friday in the auditorium.',
    'The hydro plant tour is Friday.',
    'Antibiotic Awareness Week poster contest winners announced.',
    // fresh72/73: letters and words near the new names stay words
    'The SSR report is due Friday.',
    'Regatta tickets are on sale.',
    'The warfare history lecture is at noon.',
  ]);
});
