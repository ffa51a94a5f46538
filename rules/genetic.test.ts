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
    // HGVS variant notation and hearing, retina and kidney genes; page numbers, times and section numbers are not variants
    ['Panel: c.2405_2406del (p.Glu802Glyfs*32), hemizygous.', 'c.2405_2406del'],
    ['Panel: c.2405_2406del (p.Glu802Glyfs*32), hemizygous.', 'p.Glu802Glyfs*32'],
    ['Homozygous c.35delG on the hearing loss panel.', 'c.35delG'],
    ['Splice site c.-23+1G>A reported as likely pathogenic.', 'c.-23+1G>A'],
    ['Second allele p.(Arg117His) in trans.', 'p.(Arg117His)'],
    ['GJB2 biallelic variants on the hearing loss panel.', 'GJB2'],
    ['PKD1 truncating variant confirmed in her brother.', 'PKD1'],
    // Family history for a BRCA test (fresh41)
    ['Dx: Z80.3 family hx breast ca, Z80.41 family hx ovarian ca', 'family hx breast ca'],
    ['Three-generation pedigree attached to the GC note.', 'Three-generation pedigree'],
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
    // HGVS variant notation and hearing, retina and kidney genes; page numbers, times and section numbers are not variants
    'See p.12 of the handbook for the schedule.',
    'Clinic runs 1-5 p.m. on Fridays.',
    'Per section c.5 of the contract, renewals are annual.',
    'Parking in lot c.2 is closed.',
    'The GJB2 folder is on the share drive.',
    'Room PKD1 is booked.',
    'Item p.A of the agenda.',
    // Family history for a BRCA test (fresh41)
    'Family history month potluck.',
    'The dog show pedigree ribbons are in the lobby.',
  ]);
});
