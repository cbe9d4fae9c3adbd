/**
 * Pharmacokinetics and the per-hour exposure (model.md §3, §5). Each drug is one compartment on the
 * host, C(t) = Σ dose · exp(−k (t − t_dose)); antibodies act through occupancy C / (C + EC50),
 * short-lived agents through their level min(1, C). Every hour the host turns the schedule into
 * EXPOSURE_WORDS integers (thresholds, Q16 multipliers, plasma levels, the radiotherapy field) that
 * ride in that hour's clock record to the GPU and into the CPU twin — the kernels never see a float
 * and the same seed, parameters and schedule give the same lattice on every backend.
 */
import type { ParamValues } from '../registry';
import { chance, q16of01, threshold } from '../thresholds';
import { administrations, type Administration, type Schedule, type TherapyKey } from './schedule';

/** A multiplier of exactly 1 in the Q16 words below (scaleBy leaves the value untouched). */
export const Q16_ONE = 65536;

/** Field modes of the drug and nanoparticle fields. */
export const FIELD_SKIP = 0;
export const FIELD_SOLVE = 1;
export const FIELD_CLEAR = 2;
/** Hours a tissue field keeps being solved after its plasma level reached zero. */
export const FIELD_TAIL_HOURS = 24;

interface ExposureWord {
  readonly name: string;
  readonly doc: string;
}

/** The words of one hour's exposure, in order (generated into params.wgsl as struct Exposure). */
export const EXPOSURE_WORDS = [
  { name: 'checkpointFree', doc: 'share of PD-1/PD-L1 left unblocked (Q16, 65536 = no drug)' },
  { name: 'reinvigorateThr', doc: 'exhausted CTL regains its kills this hour (threshold)' },
  { name: 'primingScaleQ8', doc: 'priming multiplier from anti-CTLA-4 and vaccine (Q8, 256 = 1)' },
  { name: 'tregKillThr', doc: 'Treg removed this hour by anti-CTLA-4 or anti-CD25 (threshold)' },
  { name: 'tregRecruitQ16', doc: 'Treg recruitment multiplier (Q16, 65536 = 1)' },
  { name: 'mdscKillThr', doc: 'MDSC removed this hour by MDSC inhibition (threshold)' },
  { name: 'mdscRecruitQ16', doc: 'MDSC recruitment multiplier (Q16, 65536 = 1)' },
  { name: 'reprogramThr', doc: 'M2/M0 macrophage turned M1 this hour (threshold)' },
  { name: 'ecmKeepQ16', doc: 'ECM kept this hour under stroma targeting (Q16, 65536 = all)' },
  { name: 'drugPlasmaQ16', doc: 'free drug held at vessels (Q16 of field unit)' },
  { name: 'drugMode', doc: 'drug field: 0 skip, 1 solve, 2 clear' },
  { name: 'nanoPlasmaQ16', doc: 'nanoparticles held at leaky vessels (Q16 of field unit)' },
  { name: 'nanoMode', doc: 'nanoparticle field: 0 skip, 1 solve, 2 clear' },
  { name: 'rtDoomThr', doc: 'radiotherapy: tumour cell doomed this hour (threshold)' },
  { name: 'rtDoomHypoxicThr', doc: 'radiotherapy: hypoxic tumour cell doomed this hour (threshold)' },
  { name: 'rtLymphThr', doc: 'radiotherapy: lymphocyte killed this hour (threshold)' },
  { name: 'rtRegionMin', doc: 'radiotherapy field corner x0 | y0 << 16' },
  { name: 'rtRegionMax', doc: 'radiotherapy field corner x1 | y1 << 16 (exclusive); 0: the whole tumour' },
] as const satisfies readonly ExposureWord[];
export const EXPOSURE_COUNT = EXPOSURE_WORDS.length;
export type Exposure = Record<(typeof EXPOSURE_WORDS)[number]['name'], number>;

const DAY = 24;
/** Plasma half-life (h) of each therapy's agent; radiotherapy has none. */
export function halfLifeHours(v: ParamValues, therapy: TherapyKey): number {
  switch (therapy) {
    case 'antiPD1':
      return v.pd1HalfLife * DAY;
    case 'antiPDL1':
      return v.pdl1AbHalfLife * DAY;
    case 'antiCTLA4':
      return v.ctla4HalfLife * DAY;
    case 'reprogram':
      return v.reprogramHalfLife;
    case 'tregDepletion':
    case 'mdscInhibition':
      return v.depletionHalfLife * DAY;
    case 'chemo':
      return v.chemoHalfLife;
    case 'nanoparticle':
      return v.nanoHalfLife;
    case 'vaccine':
      return v.vaccineHalfLife * DAY;
    case 'stroma':
      return v.stromaHalfLife;
    case 'radiation':
      return 0;
  }
}

/** Plasma levels of every agent over hours, computed once per schedule and parameter set. */
export class Pharmacokinetics {
  private readonly doses: Map<TherapyKey, Administration[]> = new Map();
  private readonly cache = new Map<string, number>();

  constructor(
    readonly values: ParamValues,
    readonly schedule: Schedule,
  ) {
    for (const a of administrations(schedule)) {
      if (!this.doses.has(a.therapy)) this.doses.set(a.therapy, []);
      this.doses.get(a.therapy)!.push(a);
    }
  }

  /** Plasma level of `therapy` during hour `hour` (doses at that hour included). */
  level(therapy: TherapyKey, hour: number): number {
    const list = this.doses.get(therapy);
    if (!list || hour < list[0].hour) return 0;
    const key = `${therapy}@${hour}`;
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const k = Math.LN2 / halfLifeHours(this.values, therapy);
    let c = 0;
    for (const a of list) {
      if (a.hour > hour) break;
      c += a.dose * Math.exp(-k * (hour - a.hour));
    }
    if (this.cache.size > 100_000) this.cache.clear();
    this.cache.set(key, c);
    return c;
  }

  /** Dose given in `hour` (summed when events coincide) and the first region among them. */
  doseAt(therapy: TherapyKey, hour: number): { dose: number; region?: readonly number[] } {
    let dose = 0;
    let region: readonly number[] | undefined;
    for (const a of this.doses.get(therapy) ?? []) {
      if (a.hour === hour) {
        dose += a.dose;
        region ??= a.region;
      }
    }
    return { dose, region };
  }

  occupancy(therapy: 'antiPD1' | 'antiPDL1' | 'antiCTLA4', hour: number): number {
    const c = this.level(therapy, hour);
    const ec50 =
      therapy === 'antiPD1'
        ? this.values.pd1Ec50
        : therapy === 'antiPDL1'
          ? this.values.pdl1AbEc50
          : this.values.ctla4Ec50;
    return c / (c + ec50);
  }

  /** Effect 0..1 of a short-lived agent: its plasma level, saturating at one dose's peak. */
  effect(therapy: TherapyKey, hour: number): number {
    return Math.min(1, this.level(therapy, hour));
  }

  /** Free drug in plasma: chemotherapy plus what leaks from the nanoparticles. */
  freeDrug(hour: number): number {
    return this.level('chemo', hour) + this.values.nanoLeak * this.level('nanoparticle', hour);
  }

  /** Combined PD-1/PD-L1 blockade 0..1: a complex forms only if neither partner is blocked. */
  checkpointBlock(hour: number): number {
    return 1 - (1 - this.occupancy('antiPD1', hour)) * (1 - this.occupancy('antiPDL1', hour));
  }
}

const plasmaQ16 = (c: number): number => q16of01(Math.min(1, c));
const multiplierQ16 = (m: number): number => (m >= 1 ? Q16_ONE : Math.max(0, Math.round(m * Q16_ONE)));
/** Linear-quadratic killed fraction 1 − exp(−αd − βd²). */
export const lqKilled = (alpha: number, beta: number, d: number): number =>
  d > 0 ? 1 - Math.exp(-alpha * d - beta * d * d) : 0;

/** Mode of a tissue field at `hour` from its plasma levels (Q16) over the tail window. */
function fieldMode(plasmaAt: (hour: number) => number, hour: number): number {
  const activeAt = (h: number): boolean => {
    for (let t = Math.max(0, h - FIELD_TAIL_HOURS); t <= h; t++) if (plasmaAt(t) > 0) return true;
    return false;
  };
  if (activeAt(hour)) return FIELD_SOLVE;
  return hour > 0 && activeAt(hour - 1) ? FIELD_CLEAR : FIELD_SKIP;
}

/** The exposure words of model hour `hour` (0-based, the hour being simulated). */
export function exposureAt(pk: Pharmacokinetics, hour: number): Exposure {
  const v = pk.values;
  const block = pk.checkpointBlock(hour);
  const ctla4 = pk.occupancy('antiCTLA4', hour);
  const vaccine = pk.effect('vaccine', hour);
  const tregDose = pk.doseAt('tregDepletion', hour).dose;
  const mdscDose = pk.doseAt('mdscInhibition', hour).dose;
  const tregHit = 1 - (1 - chance(v.ctla4TregDepletion * ctla4)) * Math.pow(1 - v.tregDepletionProb, tregDose);
  const mdscHit = 1 - Math.pow(1 - v.mdscDepletionProb, mdscDose);
  const rt = pk.doseAt('radiation', hour);
  // No region: the whole tumour, marked by an empty rectangle (see inRadiationField).
  const region = rt.region ?? [0, 0, 0, 0];
  const hypoxicDose = v.rtOxygenEffect ? rt.dose / v.rtOer : rt.dose;
  const drugQ16 = (h: number): number => plasmaQ16(pk.freeDrug(h));
  const nanoQ16 = (h: number): number => plasmaQ16(pk.level('nanoparticle', h));
  return {
    checkpointFree: multiplierQ16(1 - block),
    reinvigorateThr: v.reinvigoration ? threshold(chance(v.reinvigorationRate * block)) : 0,
    primingScaleQ8: Math.min(4096, Math.round(256 * (1 + v.ctla4Priming * ctla4) * (1 + v.vaccinePriming * vaccine))),
    tregKillThr: threshold(tregHit),
    tregRecruitQ16: multiplierQ16(1 - v.recruitmentBlock * pk.effect('tregDepletion', hour)),
    mdscKillThr: threshold(mdscHit),
    mdscRecruitQ16: multiplierQ16(1 - v.recruitmentBlock * pk.effect('mdscInhibition', hour)),
    reprogramThr: threshold(chance(v.reprogramRate * pk.effect('reprogram', hour))),
    ecmKeepQ16: multiplierQ16(1 - v.stromaDegradation * pk.effect('stroma', hour)),
    drugPlasmaQ16: drugQ16(hour),
    drugMode: fieldMode(drugQ16, hour),
    nanoPlasmaQ16: nanoQ16(hour),
    nanoMode: fieldMode(nanoQ16, hour),
    rtDoomThr: threshold(lqKilled(v.rtAlphaTumor, v.rtBetaTumor, rt.dose)),
    rtDoomHypoxicThr: threshold(lqKilled(v.rtAlphaTumor, v.rtBetaTumor, hypoxicDose)),
    rtLymphThr: threshold(lqKilled(v.rtAlphaLymph, v.rtBetaLymph, rt.dose)),
    rtRegionMin: (Math.min(region[0], 65535) | (Math.min(region[1], 65535) << 16)) >>> 0,
    rtRegionMax: (Math.min(region[2], 65535) | (Math.min(region[3], 65535) << 16)) >>> 0,
  };
}

/** Exposure as the words written after the four clock words. */
export function exposureWords(e: Exposure, out: Uint32Array, offset: number): void {
  EXPOSURE_WORDS.forEach((w, i) => (out[offset + i] = e[w.name] >>> 0));
}
