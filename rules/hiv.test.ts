import { describe } from 'vitest';
import { hiv } from './hiv';
import { recognizerTable } from './lexicons/health/table';

describe('hiv recognizer', () => {
  recognizerTable(hiv, [
    ['HIV test negative.', 'HIV test'],
    ['Tested for HIV last year.', 'HIV'],
    ['Her viral load is undetectable.', 'viral load'],
    ['Her HIV viral load is undetectable.', 'undetectable'],
    ['Continue PrEP.', 'PrEP'],
    ['CD4 count 640.', 'CD4 count'],
    ['antiretroviral therapy started', 'antiretroviral therapy'],
    ['Biktarvy daily', 'Biktarvy'],
    ['Post-exposure prophylaxis (PEP) started after the exposure.', 'PEP'],
    // lab terms, outcomes, more antiretrovirals
    ['Comment: low-level viremia, ?adherence.', 'low-level viremia'],
    ['HIV-1 RNA 48 copies/mL; send resistance genotype if >200.', 'resistance genotype'],
    ['Virologic failure on the current regimen.', 'Virologic failure'],
    ['Switched to Odefsey last spring.', 'Odefsey'],
    ['Enrolled in Ryan White for medication coverage.', 'Ryan White'],
    ['Panels cover viral suppression in rural clinics.', 'viral suppression'],
    // serostatus of another disease is not HIV
    ["He is seropositive, started Biktarvy last month.", "seropositive"],
    // viremia of another virus
    ['low-level viremia on ART, adherence reviewed', 'low-level viremia'],
  ], [
    'The bee HIVE is behind the barn.',
    'Move it to the archive folder.',
    'Meal prep for the week.',
    'Colonoscopy prep instructions attached.',
    'Give the team a pep talk.',
    'Hearing aids are covered.',
    'Art class starts Monday.',
    'Will you cover my shift?',
    'Positive feedback from the team.',
    // resistance testing without HIV context, HBV drugs, web addresses
    'Culture with resistance testing for the E. coli isolate.',
    'HCV genotype 1a; resistance genotype not needed.',
    'Tenofovir for chronic hepatitis B.',
    'Register at https://events.example.org/hiv-symposium-2025 by August 29.',
    'Art class and a pep rally on Friday.',
    'Lamivudine for hepatitis B, HBV DNA low.',
    // serostatus of another disease is not HIV
    "Dx: seropositive rheumatoid arthritis, M05.79",
    "Seronegative RA, on methotrexate.",
    // viremia of another virus
    'BK viremia >10^4 in 7% of recipients',
    'CMV viremia cleared after valganciclovir',
  ]);
});
