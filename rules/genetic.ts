import { defineLexiconRecognizer } from './lexicons/health/matcher';
import { GENETIC, GENETIC_ABBREVIATIONS } from './lexicons/health/sensitive';

export const genetic = defineLexiconRecognizer({
  id: 'genetic',
  description: 'Genetic information (GINA): BRCA, genetic testing, carrier screening, Huntington\'s disease',
  type: 'genetic',
  groups: [GENETIC, { ...GENETIC_ABBREVIATIONS, requireCue: true }],
  cues: ['genetic', 'variant', 'testing', 'test', 'results', 'sequencing', 'carrier', 'counselor', 'mutation', 'gene'],
});
