/**
 * Therapy rows (model.md §5), cell-targeting agents (macrophage reprogramming, Treg and MDSC
 * depletion): level C / (C + EC50) of a short-lived drug. In panel order; therapy.ts joins the
 * subjects.
 */
import { num, type ParamDef } from './define';

const g = 'Therapies' as const;

export const CELL_TARGETING_PARAMS = [
  num({
    key: 'reprogramHalfLife',
    label: 'Reprogramming agent half-life',
    unit: 'h',
    default: 24,
    min: 1,
    max: 720,
    step: 1,
    group: g,
    advanced: true,
    tooltip: 'Half-life of the macrophage-reprogramming agent (CSF1R inhibitor, TLR or CD40 agonist).',
    source: 'Cess & Finley 2020',
  }),
  num({
    key: 'reprogramRate',
    label: 'M2 → M1 reprogramming',
    unit: '1/h at full effect',
    default: 1 / 12,
    min: 0,
    max: 1,
    step: 0.005,
    group: g,
    tooltip: 'Extra conversion of M2 (and M0) macrophages to M1, up to ≈ 1 per 12 h.',
    source: 'Kather RE; Cess & Finley 2020',
  }),
  num({
    key: 'depletionHalfLife',
    label: 'Depleting antibody half-life',
    unit: 'days',
    default: 7,
    min: 0.5,
    max: 60,
    step: 0.5,
    group: g,
    advanced: true,
    tooltip: 'How long anti-CD25 (Treg) and MDSC-inhibiting doses keep recruitment down.',
    source: 'spQSP',
  }),
  num({
    key: 'tregDepletionProb',
    label: 'Treg depletion per dose',
    unit: '0–1',
    default: 0.8,
    min: 0,
    max: 1,
    step: 0.05,
    group: g,
    tooltip: 'Each Treg is removed with this chance when an anti-CD25 dose is given.',
    source: 'spQSP',
  }),
  num({
    key: 'mdscDepletionProb',
    label: 'MDSC removal per dose',
    unit: '0–1',
    default: 0.7,
    min: 0,
    max: 1,
    step: 0.05,
    group: g,
    tooltip: 'Each MDSC is removed with this chance when an MDSC-inhibiting dose is given.',
    source: 'MDSC ABM; low-dose 5-FU',
  }),
  num({
    key: 'recruitmentBlock',
    label: 'Recruitment block',
    unit: '0–1 at full effect',
    default: 0.8,
    min: 0,
    max: 1,
    step: 0.05,
    group: g,
    tooltip: 'While a depleting agent is active, Treg or MDSC recruitment falls by this share.',
    source: 'spQSP',
  }),
] as const satisfies readonly ParamDef[];
