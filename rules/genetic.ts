import { defineLexiconRecognizer } from './lexicons/health/matcher';
import { GENE_SYMBOLS, GENETIC, GENETIC_ABBREVIATIONS, GENETIC_MORE } from './lexicons/health/sensitive';

/**
 * A genotype of a virus is not a person's genes: "resistance genotype" after an HIV viral load, "HCV genotype 1a".
 * Those are HIV or hepatitis findings.
 */
const PATHOGEN_CONTEXT = /(?:hiv|hcv|hbv|hepatitis|hep c|hep b|viral|virus|viremia|resistance|copies\/ml|antiretroviral|bacteria|strain)/;

export const genetic = defineLexiconRecognizer({
  id: 'genetic',
  description: 'Genetic information (GINA): BRCA, genetic and cascade testing, carrier screening, pathogenic variants',
  type: 'genetic',
  groups: [GENETIC, { ...GENETIC_ABBREVIATIONS, requireCue: true }, GENETIC_MORE, GENE_SYMBOLS],
  cues: [
    'genetic', 'genetics', 'variant', 'variants', 'testing', 'test', 'results', 'sequencing', 'carrier', 'counselor',
    'mutation', 'gene', 'genes', 'pathogenic', 'hereditary', 'germline', 'panel', 'brca', 'brca1', 'brca2', 'lynch',
  ],
  reject: (ctx, start, end) => {
    const term = ctx.lower.slice(start, end);
    return /genotyp/.test(term) && PATHOGEN_CONTEXT.test(ctx.lower.slice(Math.max(0, start - 120), end + 60));
  },
});
