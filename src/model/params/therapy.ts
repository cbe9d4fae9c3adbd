/**
 * Therapies (model.md §5): pharmacokinetics and effect sizes. Which therapy is given when is not a
 * parameter but a dose schedule (src/model/therapy/schedule.ts); these rows say what a dose does.
 * Doses are in units of one standard clinical dose (1 = e.g. 3 mg/kg nivolumab, 2 Gy is given in
 * Gy); concentrations are relative to the peak plasma level of one such dose.
 */
import { flag, num, type ParamDef } from './define';

const g = 'Therapies' as const;

export const THERAPY_PARAMS: readonly ParamDef[] = [
  // Checkpoint antibodies: one-compartment PK on the host, occupancy C / (C + EC50).
  num({ key: 'pd1HalfLife', label: 'Anti-PD-1 half-life', unit: 'days', default: 18, min: 0.5, max: 60, step: 0.5, group: g, tooltip: 'Plasma half-life of the anti-PD-1 antibody.', source: 'model.md §3 (nivolumab/pembrolizumab ≈ 18–27 days)' }),
  num({ key: 'pd1Ec50', label: 'Anti-PD-1 EC50', unit: '× peak of 1 dose', default: 0.065, min: 0.001, max: 10, step: 0.001, group: g, advanced: true, tooltip: 'Concentration giving half receptor occupancy; 0.065 gives ≈ 0.9 occupancy at the trough of q2w dosing.', source: 'model.md §3 (occupancy ≈ 0.9 at trough)' }),
  num({ key: 'pdl1AbHalfLife', label: 'Anti-PD-L1 half-life', unit: 'days', default: 27, min: 0.5, max: 60, step: 0.5, group: g, advanced: true, tooltip: 'Plasma half-life of the anti-PD-L1 antibody (atezolizumab-like).', source: 'spQSP-IO' }),
  num({ key: 'pdl1AbEc50', label: 'Anti-PD-L1 EC50', unit: '× peak of 1 dose', default: 0.065, min: 0.001, max: 10, step: 0.001, group: g, advanced: true, tooltip: 'Concentration giving half PD-L1 occupancy.', source: 'spQSP-IO' }),
  flag({ key: 'reinvigoration', label: 'Reinvigoration', default: true, group: g, tooltip: 'Under PD-1/PD-L1 blockade exhausted T cells may regain their kill capacity.', source: 'spQSP-IO; Kather PD' }),
  num({ key: 'reinvigorationRate', label: 'Reinvigoration rate', unit: '1/h at full block', default: 0.01, min: 0, max: 1, step: 0.001, group: g, advanced: true, tooltip: 'Chance per hour that an exhausted T cell becomes an activated killer again, times occupancy.', source: 'Kather PD (order of days)' }),
  num({ key: 'ctla4HalfLife', label: 'Anti-CTLA-4 half-life', unit: 'days', default: 15, min: 0.5, max: 60, step: 0.5, group: g, tooltip: 'Plasma half-life of the anti-CTLA-4 antibody (ipilimumab ≈ 15 days).', source: 'Cho 2023' }),
  num({ key: 'ctla4Ec50', label: 'Anti-CTLA-4 EC50', unit: '× peak of 1 dose', default: 0.1, min: 0.001, max: 10, step: 0.001, group: g, advanced: true, tooltip: 'Concentration giving half occupancy.', source: 'Cho 2023' }),
  num({ key: 'ctla4Priming', label: 'Anti-CTLA-4 priming gain', unit: '× at full occupancy', default: 1.5, min: 0, max: 3, step: 0.05, group: g, tooltip: 'Priming (CTL recruitment) is multiplied by 1 + this × occupancy.', source: 'Cho 2023 ((1 + c)/(5 + c) factor)' }),
  num({ key: 'ctla4TregDepletion', label: 'Anti-CTLA-4 Treg depletion', unit: '1/h at full occupancy', default: 0.02, min: 0, max: 1, step: 0.001, group: g, tooltip: 'Fc-mediated removal of Tregs in the tumour, per hour, times occupancy.', source: 'Cho 2023' }),
  // Cell-targeting agents: level C / (C + EC50) of a short-lived drug.
  num({ key: 'reprogramHalfLife', label: 'Reprogramming agent half-life', unit: 'h', default: 24, min: 1, max: 720, step: 1, group: g, advanced: true, tooltip: 'Half-life of the macrophage-reprogramming agent (CSF1R inhibitor, TLR or CD40 agonist).', source: 'Cess & Finley 2020' }),
  num({ key: 'reprogramRate', label: 'M2 → M1 reprogramming', unit: '1/h at full effect', default: 1 / 12, min: 0, max: 1, step: 0.005, group: g, tooltip: 'Extra conversion of M2 (and M0) macrophages to M1, up to ≈ 1 per 12 h.', source: 'Kather RE; Cess & Finley 2020' }),
  num({ key: 'depletionHalfLife', label: 'Depleting antibody half-life', unit: 'days', default: 7, min: 0.5, max: 60, step: 0.5, group: g, advanced: true, tooltip: 'How long anti-CD25 (Treg) and MDSC-inhibiting doses keep recruitment down.', source: 'spQSP' }),
  num({ key: 'tregDepletionProb', label: 'Treg depletion per dose', unit: '0–1', default: 0.8, min: 0, max: 1, step: 0.05, group: g, tooltip: 'Each Treg is removed with this chance when an anti-CD25 dose is given.', source: 'spQSP' }),
  num({ key: 'mdscDepletionProb', label: 'MDSC removal per dose', unit: '0–1', default: 0.7, min: 0, max: 1, step: 0.05, group: g, tooltip: 'Each MDSC is removed with this chance when an MDSC-inhibiting dose is given.', source: 'MDSC ABM; low-dose 5-FU' }),
  num({ key: 'recruitmentBlock', label: 'Recruitment block', unit: '0–1 at full effect', default: 0.8, min: 0, max: 1, step: 0.05, group: g, tooltip: 'While a depleting agent is active, Treg or MDSC recruitment falls by this share.', source: 'spQSP' }),
  // Chemotherapy: a drug field from vessels killing dividing cells.
  num({ key: 'chemoHalfLife', label: 'Chemo plasma half-life', unit: 'h', default: 8, min: 0.5, max: 240, step: 0.5, group: g, tooltip: 'Plasma half-life of the cytotoxic drug.', source: 'HAL competitive release' }),
  num({ key: 'chemoKill', label: 'Chemo kill of dividing cells', unit: 'per division at drug 1', default: 0.9, min: 0, max: 1, step: 0.01, group: g, tooltip: 'A sensitive tumour cell dividing at drug level c dies instead with chance c × this.', source: 'HAL competitive release (k_c)' }),
  num({ key: 'chemoLymphoKill', label: 'Chemo kill of cycling immune cells', unit: '1/h at drug 1', default: 0.05, min: 0, max: 1, step: 0.005, group: g, tooltip: 'Lymphodepletion: proliferating (activated, dividing) CTLs and MDSCs die at this rate × drug level.', source: 'Kather CH' }),
  num({ key: 'resistantGrowth', label: 'Resistant growth', unit: '× division rate', default: 0.7, min: 0.1, max: 1, step: 0.05, group: g, tooltip: 'Drug-resistant clones divide this much slower (the cost of resistance).', source: 'HAL competitive release' }),
  num({ key: 'drugDiffusion', label: 'Drug diffusion', unit: 'µm²/min', default: 1e3, min: 100, max: 1e5, step: 100, group: g, advanced: true, tooltip: 'Small-molecule drug diffusion in tissue (doxorubicin ≈ 1e3).', source: 'model.md §3 (1e4); Primeau 2005 for doxorubicin' }),
  num({ key: 'drugDecay', label: 'Drug decay in tissue', unit: '1/min', default: 0.03, min: 0.0001, max: 1, step: 0.0001, group: g, advanced: true, tooltip: 'Loss of the drug in tissue (clearance); with uptake it sets how fast the drug falls with distance from vessels (≈ 180 µm: drug reaches poorly the cells far from vessels).', source: 'HAL competitive release; Primeau 2005 (penetration ≈ 40–100 µm)' }),
  num({ key: 'drugUptake', label: 'Drug uptake by cells', unit: '1/min', default: 0.0015, min: 0, max: 1, step: 0.0001, group: g, advanced: true, tooltip: 'Uptake by each cell (≈ 9 %/h of the local drug).', source: 'model.md §3' }),
  // Radiotherapy: linear-quadratic survival.
  num({ key: 'rtAlphaTumor', label: 'Tumour α', unit: '1/Gy', default: 0.05, min: 0, max: 1, step: 0.005, group: g, tooltip: 'Linear-quadratic α of tumour cells (SF 0.86 at 2 Gy, 0.19 at 10 Gy).', source: 'Cho 2023 (HAL)' }),
  num({ key: 'rtBetaTumor', label: 'Tumour β', unit: '1/Gy²', default: 0.0114, min: 0, max: 0.5, step: 0.0001, group: g, tooltip: 'Linear-quadratic β of tumour cells.', source: 'Cho 2023 (HAL)' }),
  num({ key: 'rtAlphaLymph', label: 'Lymphocyte α', unit: '1/Gy', default: 0.182, min: 0, max: 2, step: 0.001, group: g, advanced: true, tooltip: 'Linear-quadratic α of lymphocytes (SF 0.39 at 2 Gy).', source: 'Cho 2023 (HAL)' }),
  num({ key: 'rtBetaLymph', label: 'Lymphocyte β', unit: '1/Gy²', default: 0.143, min: 0, max: 1, step: 0.001, group: g, advanced: true, tooltip: 'Linear-quadratic β of lymphocytes.', source: 'Cho 2023 (HAL)' }),
  flag({ key: 'rtOxygenEffect', label: 'Oxygen enhancement', default: true, group: g, tooltip: 'Hypoxic tumour cells resist radiation: the dose acts as dose / OER on them.', source: 'model.md §5' }),
  num({ key: 'rtOer', label: 'Oxygen enhancement ratio', unit: '×', default: 2.5, min: 1, max: 4, step: 0.1, group: g, advanced: true, tooltip: 'How much more dose a fully hypoxic cell needs for the same kill.', source: 'radiobiology (OER 2.5–3)' }),
  num({ key: 'rtDoomMin', label: 'Doomed cells die after', unit: 'h (from)', default: 24, min: 1, max: 200, step: 1, kind: 'integer', group: g, advanced: true, tooltip: 'Lethally irradiated (doomed) cells stop dividing and die between this and the next value.', source: 'model.md §5 (1–3 days)' }),
  num({ key: 'rtDoomMax', label: 'Doomed cells die before', unit: 'h (to)', default: 72, min: 1, max: 250, step: 1, kind: 'integer', group: g, advanced: true, tooltip: 'Latest death of a doomed cell after irradiation.', source: 'model.md §5 (1–3 days)' }),
  // Vaccine, stroma targeting, nanoparticles.
  num({ key: 'vaccineHalfLife', label: 'Vaccine effect half-life', unit: 'days', default: 7, min: 0.5, max: 60, step: 0.5, group: g, advanced: true, tooltip: 'How long the antigen-specific priming boost of a vaccine dose lasts.', source: 'Kather LB; Kim & Lee 2012' }),
  num({ key: 'vaccinePriming', label: 'Vaccine priming gain', unit: '× at full effect', default: 1.5, min: 0, max: 3, step: 0.05, group: g, tooltip: 'Priming is multiplied by 1 + this × vaccine effect (effect = C / (C + 0.5)).', source: 'Kather LB; Kim & Lee 2012' }),
  num({ key: 'stromaHalfLife', label: 'Stroma agent half-life', unit: 'h', default: 24, min: 1, max: 720, step: 1, group: g, advanced: true, tooltip: 'Half-life of the stroma-targeting agent (e.g. hyaluronidase, FAK inhibitor).', source: 'Kather SP' }),
  num({ key: 'stromaDegradation', label: 'Stroma degradation', unit: '1/h at full effect', default: 0.05, min: 0, max: 1, step: 0.005, group: g, tooltip: 'Share of the ECM removed per hour at full effect.', source: 'Kather SP' }),
  num({ key: 'nanoHalfLife', label: 'Nanoparticle half-life', unit: 'h', default: 20, min: 0.5, max: 240, step: 0.5, group: g, advanced: true, tooltip: 'Plasma half-life of the nanoparticles (long-circulating).', source: 'Islam 2017' }),
  num({ key: 'nanoDiffusion', label: 'Nanoparticle diffusion', unit: 'µm²/min', default: 50, min: 1, max: 1e4, step: 1, group: g, advanced: true, tooltip: 'Nanoparticles diffuse far more slowly than free drug.', source: 'Owen 2011' }),
  num({ key: 'nanoBinding', label: 'Nanoparticle binding', unit: '1/min', default: 0.002, min: 0, max: 1, step: 0.0001, group: g, advanced: true, tooltip: 'Irreversible binding to tumour cells.', source: 'Islam 2017' }),
  num({ key: 'nanoDecay', label: 'Nanoparticle decay', unit: '1/min', default: 0.0005, min: 0.00001, max: 1, step: 0.00001, group: g, advanced: true, tooltip: 'Slow loss of nanoparticles in tissue.', source: 'Owen 2011' }),
  num({ key: 'nanoPotency', label: 'Nanoparticle payload potency', unit: '× free drug', default: 3, min: 0, max: 50, step: 0.1, group: g, tooltip: 'A tumour cell at nanoparticle level c gets the kill of free drug at c × this (payload concentrated in the particle).', source: 'Islam 2017' }),
  num({ key: 'nanoLeak', label: 'Nanoparticle payload leak', unit: 'share', default: 0.05, min: 0, max: 1, step: 0.01, group: g, advanced: true, tooltip: 'Share of the payload released in plasma as free drug (systemic exposure).', source: 'Islam 2017' }),
];
