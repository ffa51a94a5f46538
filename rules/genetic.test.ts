import { describe } from 'vitest';
import { genetic } from './genetic';
import { recognizerTable } from './lexicons/health/table';

describe('genetic recognizer', () => {
  recognizerTable(genetic, [
    ['BRCA2 pathogenic variant detected.', 'BRCA2'],
    ['She wants genetic testing.', 'genetic testing'],
    ['Carrier screening was normal.', 'Carrier screening'],
    ["Father had Huntington's disease.", "Huntington's disease"],
    ['Genetic test results: VUS in MLH1.', 'VUS'],
    ['Referred for genetic counseling.', 'genetic counseling'],
    // hereditary testing and what it reports
    ['Cascade testing for first-degree relatives.', 'Cascade testing'],
    ['Pathogenic variant in MLH1 found on testing.', 'MLH1'],
    ['Heterozygous for the C282Y variant.', 'Heterozygous'],
    ['Li-Fraumeni syndrome in the family.', 'Li-Fraumeni syndrome'],
    ['Multigene panel ordered.', 'Multigene panel'],
    ['He carries one copy of the sickle cell gene.', 'sickle cell gene'],
    ["CFTR panel with two variants (F508del / G542X).", "F508del"],
    ["BRAF V600E mutation detected on the tumor panel.", "V600E"],
    ["EGFR T790M mutation found on repeat biopsy.", "T790M"],
    // a gene symbol said to be tested
    ["plasma amino acids today and PAH gene sequencing, then", "PAH gene sequencing"],
    // an English word in capitals is not a gene symbol
  ], [
    'Wes will lead the meeting.',
    'Pick it up at CVS.',
    'Will you cover my shift?',
    'Positive feedback from the team.',
    'The brcas folder is missing.',
    'Huntington Beach offsite is in June.',
    'The patient portal newsletter is out.',
    // a virus's genotype, gene-like words
    'HIV-1 RNA 48 copies/mL; send resistance genotype if >200.',
    'HCV genotype 1a, start treatment.',
    'The ATM on 3rd street is broken.',
    'APC meeting moved to Thursday.',
    'RET your badge to security.',
    'The test results for the fire drill are posted.',
    'Sickle cell awareness walk on Saturday.',
    'Order part G542X from the catalog.',
    'Room B204A is booked.',
    'Flight A320 departs at noon.',
    // a gene symbol said to be tested
    "Gene therapy stocks rose 4 percent.",
    // an English word in capitals is not a gene symbol
    "The NEW gene testing policy takes effect Monday.",
  ]);
});
