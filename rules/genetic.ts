import { compromiseWords } from './lexicons/compromise-lexicon';
import { defineLexiconRecognizer } from './lexicons/health/matcher';
import {
  GENE_SYMBOLS, GENETIC, GENETIC_ABBREVIATIONS, GENETIC_MORE, PROTEIN_VARIANT_PATTERN, PROTEIN_VARIANT_STARTS, DONE_TO_PATIENT
} from './lexicons/health/sensitive';

/**
 * A genotype of a virus is not a person's genes: "resistance genotype" after an HIV viral load, "HCV genotype 1a".
 * Those are HIV or hepatitis findings.
 */
const PATHOGEN_CONTEXT = /(?:hiv|hcv|hbv|hepatitis|hep c|hep b|viral|virus|viremia|resistance|copies\/ml|antiretroviral|bacteria|strain)/;

const ENGLISH = compromiseWords().common;

const RESIDUE = '(?:Ala|Arg|Asn|Asp|Cys|Gln|Glu|Gly|His|Ile|Leu|Lys|Met|Phe|Pro|Ser|Thr|Trp|Tyr|Val|Ter|Sec|[ACDEFGHIKLMNPQRSTVWY])';
/** A DNA position: "2405", "-23+1", "*37", a range "2405_2406". */
const POSITION = '[-*]?\\d+(?:[+-]\\d+)?';
/** A protein change: "Glu802Glyfs*32", "Arg117His", "Phe508del", "G12D". */
const PROTEIN_CHANGE = `${RESIDUE}\\d+(?:_${RESIDUE}\\d+)?(?:${RESIDUE}|=|\\*|del|dup|ins${RESIDUE}+)?(?:fs(?:\\*|Ter)?\\d*|ext\\*?\\d*)?`;
const HGVS_VARIANT = new RegExp(
  `(?<![\\w.])(?:[cgm]\\.${POSITION}(?:_${POSITION})?(?:[ACGT]>[ACGT]|delins[ACGT]+|del[ACGT]*|dup[ACGT]*|ins[ACGT]+|inv)` +
  `|p\\.(?:\\(${PROTEIN_CHANGE}\\)|${PROTEIN_CHANGE}))` +
  `(?![\\w>])`, 'g');

export const genetic = defineLexiconRecognizer({
  id: 'genetic',
  description: 'Genetic information (GINA): BRCA, genetic and cascade testing, carrier screening, pathogenic variants',
  type: 'genetic',
  alsoAs: { type: 'procedure', when: DONE_TO_PATIENT },
  groups: [GENETIC, { ...GENETIC_ABBREVIATIONS, requireCue: true }, GENETIC_MORE, GENE_SYMBOLS],
  patterns: [
    // "F508del / G542X", "BRAF V600E": a named variant, beside a gene or testing cue.
    { name: 'variant-notation', regex: PROTEIN_VARIANT_PATTERN, confidence: 0.8, requireCue: true,
      startsWith: PROTEIN_VARIANT_STARTS },
    // HGVS notation, the way a lab report writes a variant: "c.2405_2406del", "c.35delG", "c.-23+1G>A",
    // "p.Glu802Glyfs*32", "p.(Arg117His)". Nothing but a gene's variant is written so: no cue needed. A page
    // reference ("p.12") has no residue or change and stays out.
    { name: 'hgvs-variant', regex: HGVS_VARIANT, confidence: 0.85, startsWith: ['c.', 'g.', 'm.', 'p.'], wordLength: 1 },
    // "PAH gene sequencing", "CFTR gene analysis", "HBB gene testing": a gene symbol said to be tested. The word
    // "gene" and the test make any capitalized symbol a gene, listed or not, unless it is an English word in
    // capitals ("NEW gene testing policy").
    { name: 'gene-test', regex: /(?<![\w-])[A-Z][A-Z0-9]{1,7}(?:\/[A-Z0-9]{2,7})?\s+gene\s+(?:sequencing|testing|test|panel|analysis|deletion|duplication|mutation|variant)s?(?![\w-])/g,
      confidence: 0.85, needs: ' gene ', accept: (m) => !ENGLISH.has(m[0].slice(0, m[0].search(/[\s/]/)).toLowerCase()) },
  ],
  cues: [
    'genetic', 'genetics', 'variant', 'variants', 'testing', 'test', 'results', 'sequencing', 'carrier', 'counselor',
    'mutation', 'gene', 'genes', 'pathogenic', 'hereditary', 'germline', 'panel', 'brca', 'brca1', 'brca2', 'lynch',
    'cftr', 'braf', 'kras', 'egfr mutation', 'heterozygous', 'homozygous', 'allele', 'alleles', 'genotype', 'mutations',
    // Embryo testing in a fertility cycle: "IVF with PGT-A", "1 PGT-A euploid blastocyst".
    'ivf', 'embryo', 'embryos', 'blastocyst', 'euploid', 'aneuploid',
  ],
  reject: (ctx, start, end) => {
    const term = ctx.lower.slice(start, end);
    return /genotyp/.test(term) && PATHOGEN_CONTEXT.test(ctx.lower.slice(Math.max(0, start - 120), end + 60));
  },
});
