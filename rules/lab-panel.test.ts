import { describe } from 'vitest';
import { labPanel } from './lab-panel';
import { recognizerTable } from './lexicons/health/table';

const PANEL = 'Pt: FAROUK, AMIRA\n\nNa     136     (135-145)\nK      3.1 L   (3.5-5.1)\nCl     101\nCO2    24\nBUN/Cr 18/0.7\nMg     1.6 L\nPhos   3.0\nTG     412 H   (<150)\n';

describe('lab-panel recognizer', () => {
  recognizerTable(labPanel, [
    // every row of a panel, the short names no lexicon counts alone
    [PANEL, 'Cl'],
    [PANEL, 'CO2'],
    [PANEL, 'Phos'],
    [PANEL, 'TG'],
    [PANEL, 'BUN/Cr'],
    ['Labs today:\nWBC 11.2\nHgb 9.8 L\nPlt 412\nRetic 3.1', 'Retic'],
    // a pasted table, cells split by "|", the analyte with its specimen (fresh46)
    ['| Test | Result | Ref |\n| Sodium | 134 mmol/L | 135-145 |\n| Potassium | 3.3 mmol/L | 3.5-5.1 |\n| Osmolality | 290 mOsm/kg | |', 'Osmolality'],
    ['Glucose, plasma | 512 mg/dL | CRIT H\nBicarbonate | 13 mmol/L | L\nAnion gap | 24 | H', 'Anion gap'],
  ], [
    // a pasted table of staff counts by unit and shift
    '| Unit | Day | Night |\n| Oncology | 12 | 9 |\n| Surgery | 10 | 8 |\n| Telemetry | 14 | 11 |',
    '| Item | Qty | Unit price |\n| Gauze | 120 | 4.10 |\n| Tape | 200 | 1.75 |\n| Gloves, nitrile | 300 | 9.40 |',
    // a table of units or rooms is not a panel
    'NICU | 0.9 | n/a\nPICU | 1.4 | 0.0\nTotal | 2.3 | 0.0',
    'Room 1  212  14 min\nRoom 2  198  15 min\nRoom 3  164  19 min',
    // two rows are not a block
    'Na 136\nK 4.1\nThanks, Dana',
    // rows need a value right after the name
    'Na is normal\nK is fine\nCl pending\nCO2 pending',
    // a schedule's times are not values
    'Mon 7:30 huddle\nTue 8:00 rounds\nWed 7:30 huddle',
    'Lot 9 closes\nLot 10 opens\nLot 11 full',
  ]);
});
