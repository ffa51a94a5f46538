import { describe } from 'vitest';
import { reproductiveHealth } from './reproductive-health';
import { recognizerTable } from './lexicons/health/table';

describe('reproductive-health recognizer', () => {
  recognizerTable(reproductiveHealth, [
    ['She had an abortion in 2023.', 'abortion'],
    ['Discussed contraception options.', 'contraception'],
    ['Positive pregnancy test today.', 'Positive pregnancy test'],
    ['IVF consult next week.', 'IVF'],
    ['Second IVF cycle, two embryos frozen.', 'IVF cycle'],
    ['Miscarriage at 9 weeks.', 'Miscarriage'],
    ['Plan B at the pharmacy.', 'Plan B'],
    ['Her due date is March 2, she is 24 weeks pregnant.', 'due date'],
    // fertility drugs and procedures
    ['Stop the Menopur tonight.', 'Menopur'],
    ['Take your Ovidrel trigger shot at 9:15 pm.', 'Ovidrel'],
    ['Frozen embryo transfer on the 14th.', 'Frozen embryo transfer'],
    ['Semen analysis was normal.', 'Semen analysis'],
    ['Letrozole cycle 2 for ovulation induction.', 'Letrozole'],
    // pregnancy loss
    ['Your hCG level dropped, as expected after a miscarriage.', 'hCG'],
    ['Ultrasound confirmed a blighted ovum.', 'blighted ovum'],
    ['Retained products of conception on ultrasound.', 'Retained products of conception'],
    ['She is 7 weeks along and wants options.', 'weeks along'],
    ["i think i might be pregant?? my period is 2 wks late", "pregant"],
    ["my period is late and i did a home test with a faint line", "home test"],
    ["Next is your anatomy scan, and at 28 weeks we will do the glucose challenge.", "28 weeks"],
    // termination of a pregnancy beside prenatal words, falling hCG, fertility samples
    ["She is G3P2 at 16 weeks and wants to talk through amniocentesis and all of their options, including termination.", "termination"],
    ["Your follow-up hCG from August 4 was 38, down from 212.", "hCG"],
    ["Jomar's semen sample is due at 8:30", "semen sample"],
    // pregnancy hormone tests and Rh immune globulin
    ["the beta-hCG results from workstation 172", "beta-hCG"],
    ["you received RhoGAM today", "RhoGAM"],
    // early pregnancy ultrasound
    ["my dating ultrasound was July 2", "dating ultrasound"],
    // contraception as patients write it, pregnancy conditions, fertility drugs in a cycle
    ['had sex sat night, do i need plan b', 'plan b'],
    ['i missed my shot appt for the depo, am i still covered if we had sex', 'the depo'],
    ['new gestational diabetes on glucose tolerance test', 'gestational diabetes'],
    ['transfer 1 euploid blastocyst; keep taking estradiol 2 mg', 'estradiol'],
    // a person counted in weeks
    ['Hi, I\'m 29 weeks now and still doing the finger sticks', '29 weeks'],
    ['she\'s 32 wks and measuring small', '32 wks'],
    // weeks and days written together
    ['G3P2, 27w4d by US -> due for 1-hr glucose', '27w4d'],
    ['GA 36w0d today', '36w0d'],
    // gravida/para notation; gestational weeks written "wks"
    ['G3P1011, IUP at 22w3d by 7 wk dating US', 'G3P1011'],
    ['37 yo G4P3 with 3 prior cesareans', 'G4P3'],
    ['presented at 33 wks with painless vaginal bleeding after her pregnancy test', '33 wks'],
    // fresh56-67: gynecology and fertility; office words stay out
    ["Pelvic floor PT for vaginismus and dyspareunia.", "vaginismus"],
    ["FET planned for cycle day 19.", "FET"],
    ["Urine hCG negative before the IUD.", "Urine hCG"],
  ], [
    'The invoice due date is Friday.',
    'Plan b is to meet online.',
    'Will you cover my shift?',
    'Positive feedback from the team.',
    'We need a contractor for the roof.',
    'The patient portal newsletter is out.',
    'Our ivfx software update is late.',
    'Expecting the shipment on Monday.',
    'Pt on IVF at 100cc/hr, NS.',
    // tumor markers and cancer drugs, transfers and retrievals that are not fertility care
    'hCG and AFP elevated: testicular germ cell tumor.',
    'Letrozole for her breast cancer, year 3 of 5.',
    'Lupron every 3 months for prostate cancer.',
    'Patient transfer to the ICU this afternoon.',
    'Data retrieval from the backup failed.',
    'The trigger for the alarm was a power outage.',
    'Progesterone is a hormone; see the biology handout.',
    'The stimulation package passed Congress.',
    'The project is 7 weeks along the roadmap.',
    'The COVID home test kits are in the supply room.',
    'The project wraps up at 28 weeks from kickoff.',
    'Her knee brace comes off at 6 weeks post-op.',
    // termination of a pregnancy beside prenatal words, falling hCG, fertility samples
    "Contract termination notices go out Friday.",
    "Employee termination checklist for managers.",
    // pregnancy hormone tests and Rh immune globulin
    "The Rhodes Supply order shipped.",
    "Beta testing of the new portal starts today.",
    // early pregnancy ultrasound
    "The dating app ad is not approved.",
    // contraception as patients write it, pregnancy conditions, fertility drugs in a cycle
    'If the vendor is late, plan b is to reschedule.',
    'The depo is scheduled for 2 pm with the attorneys.',
    'Ella from billing will call you back.',
    'Estradiol assay reagent lot change on Monday.',
    // a person counted in weeks
    'I\'m 6 weeks post-op from my knee',
    'I\'m 4 weeks sober and proud',
    'I am 3 weeks into PT',
    // weeks and days written together
    'the 3w2d project plan',
    'build 10w6 released',
    // gravida/para notation; gestational weeks written "wks"
    'G6PD deficiency screen',
    'the G7 summit agenda',
    'we are 33 wks into the project',
    // fresh56-67: gynecology and fertility; office words stay out
    "Fetch the supply cart from 3B.",
    "Upton office hours change in June.",
  ]);
});
