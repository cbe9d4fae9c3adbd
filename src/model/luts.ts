/**
 * Lookup tables: every function of a field or of a cell's properties that a rule needs (Hill
 * curves, exponentials, products of suppression factors) is tabulated here on the host, so the
 * kernels only index integers. Offsets are generated into params.wgsl as LUT_* constants.
 */
import {
  CTL_ACTIVATED,
  MAC_M1,
  MAC_M2,
  TYPE_CAF,
  TYPE_COUNT,
  TYPE_CTL,
  TYPE_MACROPHAGE,
  TYPE_MDSC,
  TYPE_NECROTIC,
  TYPE_TREG,
  TYPE_TUMOR,
} from './layout';
import type { ParamValues } from './registry';
import {
  FIELD_CHEMOKINE,
  FIELD_COUNT,
  FIELD_DRUG,
  FIELD_IFN,
  FIELD_MAX,
  FIELD_NANO,
  FIELD_O2,
  FIELD_SUPPRESSIVE,
  O2_Q16_PER_MMHG,
  SITE_UM,
} from './fields';
import { BURDEN_LEVELS, PRIMING_LEVELS, PRIMING_UNIT } from './systemic-words';
import { chance, hill, q16of01, threshold } from './thresholds';

/** O2 (mmHg) at the centre of bin i of 256 (bins of 256 Q16 units). */
const binO2 = (i: number): number => ((i + 0.5) * 256) / O2_Q16_PER_MMHG;
/** A signal (0–1) at the lower edge of bin i of 256, so that bin 0 means "none" and has no effect. */
const bin01 = (i: number): number => i / 256;
/** PD-L1 suppression of killing and exhaustion (Hill, n = 2). */
const suppression = (v: ParamValues, pdl1: number): number => hill(pdl1, v.pdl1SuppressionHalf, 2);
/** m_S = 1 / (1 + S / K_S): how much the suppressive signal leaves of killing and division. */
const sPermit = (v: ParamValues, s: number): number => 1 / (1 + s / v.suppressionSHalf);
/** Entry chance into a site of ECM byte e for a cell blocked at density `block`. */
const ecmEntry = (e: number, block: number): number => threshold(Math.max(0, 1 - e / 255 / block));

/** Secretion row of a (type, state): type × 4 + state (layout.ts secretorIndex). */
const row = (type: number, state: number): number => type * 4 + state;
const SECRETOR_ROWS = TYPE_COUNT * 4;

interface LutSpec {
  readonly name: string;
  readonly size: number;
  readonly build: (v: ParamValues, out: Uint32Array) => void;
}

const fill = (out: Uint32Array, f: (i: number) => number): void => out.forEach((_, i) => (out[i] = f(i) >>> 0));

export const LUT_SPECS = [
  {
    name: 'LUT_DIVISION',
    size: 256,
    build: (v, o) =>
      fill(o, (i) => threshold(chance((Math.LN2 / v.tumorDoublingTime) * hill(binO2(i), v.divisionO2Half, 4)))),
  },
  {
    name: 'LUT_NECROSIS',
    size: 256,
    build: (v, o) => fill(o, (i) => threshold(chance(v.necrosisRate * (1 - hill(binO2(i), v.necrosisO2Half, 8))))),
  },
  {
    name: 'LUT_RECRUIT_CTL', // by priming level × 256 + chemokine bin
    size: PRIMING_LEVELS * 256,
    build: (v, o) =>
      fill(o, (i) =>
        threshold(
          chance(v.ctlRecruitmentRate * ((i >> 8) / PRIMING_UNIT) * hill(bin01(i & 255), v.recruitChemokineHalf, 1)),
        ),
      ),
  },
  {
    name: 'LUT_RECRUIT_TREG',
    size: 256,
    build: (v, o) =>
      fill(o, (i) =>
        threshold(chance(v.ctlRecruitmentRate * v.tregRecruitmentShare * hill(bin01(i), v.recruitChemokineHalf, 1))),
      ),
  },
  {
    name: 'LUT_RECRUIT_MDSC',
    size: BURDEN_LEVELS,
    build: (v, o) => fill(o, (i) => threshold(chance((v.mdscRecruitment * i) / 1000))),
  },
  {
    name: 'LUT_RECRUIT_MAC',
    size: BURDEN_LEVELS,
    build: (v, o) => fill(o, (i) => threshold(chance((v.macRecruitment * i) / 1000))),
  },
  // Kill chance: a(antigen)·(1 − supp)·m_S as three Q8 factors; their product (Q12) indexes LUT_KILL.
  {
    name: 'LUT_ANTIGEN_DRIVE',
    size: 256,
    build: (v, o) =>
      fill(o, (i) =>
        Math.round(
          256 *
            Math.min(
              1,
              Math.max(
                0,
                v.ctlActivationAntigen >= 1 ? 0 : (i / 255 - v.ctlActivationAntigen) / (1 - v.ctlActivationAntigen),
              ),
            ),
        ),
      ),
  },
  {
    name: 'LUT_PDL1_PERMIT',
    size: 256,
    build: (v, o) => fill(o, (i) => Math.round(256 * (1 - suppression(v, bin01(i))))),
  },
  { name: 'LUT_S_PERMIT', size: 256, build: (v, o) => fill(o, (i) => Math.round(256 * sPermit(v, bin01(i)))) },
  {
    name: 'LUT_KILL',
    size: 4097,
    build: (v, o) => fill(o, (x) => threshold(chance((v.ctlKillRate * x) / 4096, 1 / v.substeps))),
  },
  {
    name: 'LUT_EXHAUST_PDL1',
    size: 256,
    build: (v, o) => fill(o, (i) => threshold(chance(v.exhaustionPdl1Rate * suppression(v, bin01(i))))),
  },
  {
    name: 'LUT_EXHAUST_TREG',
    size: 9 * 32,
    build: (v, o) =>
      fill(o, (i) =>
        threshold(chance(v.exhaustionTregRate * Math.floor(i / 32) * (1 + suppression(v, ((i % 32) + 0.5) / 32)))),
      ),
  },
  {
    name: 'LUT_EXHAUST_S',
    size: 256,
    build: (v, o) => fill(o, (i) => threshold(chance(v.exhaustionSRate * hill(bin01(i), v.exhaustionSHalf, 4)))),
  },
  {
    name: 'LUT_CTL_DIVIDE',
    size: 256,
    build: (v, o) => fill(o, (i) => threshold(chance(sPermit(v, bin01(i)) / v.ctlDivisionTime))),
  },
  {
    name: 'LUT_PDL1_TARGET', // by hypoxic × 256 + IFN-γ bin: the PD-L1 a tumour cell is driven to (Q16)
    size: 512,
    build: (v, o) =>
      fill(o, (i) => {
        const induced = v.ifnInducesPdl1 ? hill(bin01(i & 255), v.pdl1IfnHalf, 1.26) : 0;
        const target = v.tumorPdl1 + (1 - v.tumorPdl1) * induced;
        return q16of01(Math.min(1, target * (i >= 256 ? v.hypoxiaPdl1Factor : 1)));
      }),
  },
  {
    name: 'LUT_CLEARANCE',
    size: 9,
    build: (v, o) => fill(o, (n) => threshold(chance(v.necroticClearanceRate + n * v.phagocytosisRate))),
  },
  {
    name: 'LUT_M1',
    size: 512,
    build: (v, o) =>
      fill(o, (i) => threshold(chance(v.m1Rate * (i >= 256 ? 1 : hill(bin01(i & 255), v.m1IfnHalf, 1))))),
  },
  {
    name: 'LUT_M2',
    size: 256,
    build: (v, o) => fill(o, (i) => threshold(chance(v.m2HypoxiaRate * (1 - hill(binO2(i), 5, 4)) + v.m2TonicRate))),
  },
  { name: 'LUT_ECM_TUMOR', size: 256, build: (v, o) => fill(o, (e) => ecmEntry(e, v.tumorEcmBlock)) },
  { name: 'LUT_ECM_IMMUNE', size: 256, build: (v, o) => fill(o, (e) => ecmEntry(e, v.ctlEcmBlock)) },
  // ECM laid per hour next to n fibroblasts: whole bytes, then one more byte with the fractional chance.
  { name: 'LUT_ECM_WHOLE', size: 9, build: (v, o) => fill(o, (n) => Math.floor(n * v.ecmDepositRate * 255)) },
  {
    name: 'LUT_ECM_FRACTION',
    size: 9,
    build: (v, o) => fill(o, (n) => threshold(n * v.ecmDepositRate * 255 - Math.floor(n * v.ecmDepositRate * 255))),
  },
  {
    name: 'LUT_MOVE', // per type: chance to move per sub-step (threshold)
    size: TYPE_COUNT,
    build: (v, o) => {
      o[TYPE_CTL] = threshold(v.ctlMoveProb);
      o[TYPE_TREG] = threshold(v.ctlMoveProb);
      o[TYPE_MDSC] = threshold(v.ctlMoveProb);
      o[TYPE_MACROPHAGE] = threshold(v.macMoveProb);
    },
  },
  {
    name: 'LUT_RANDOM_WEIGHT', // per type: weight of the random term in moves (Q8); MDSCs wander at random
    size: TYPE_COUNT,
    build: (v, o) => {
      for (const t of [TYPE_CTL, TYPE_TREG, TYPE_MACROPHAGE]) o[t] = Math.round(v.ctlRandomWeight * 256);
      o[TYPE_MDSC] = 256;
    },
  },
  // Chemotherapy: a dividing sensitive tumour cell dies at drug level c with chance k_c·c; the
  // nanoparticle payload acts like free drug at potency × c; cycling immune cells die per hour.
  {
    name: 'LUT_CHEMO_TUMOR',
    size: 256,
    build: (v, o) => fill(o, (i) => threshold(Math.min(1, v.chemoKill * bin01(i)))),
  },
  {
    name: 'LUT_NANO_TUMOR',
    size: 256,
    build: (v, o) => fill(o, (i) => threshold(Math.min(1, v.chemoKill * Math.min(1, v.nanoPotency * bin01(i))))),
  },
  {
    name: 'LUT_CHEMO_LYMPH',
    size: 256,
    build: (v, o) => fill(o, (i) => threshold(chance(v.chemoLymphoKill * bin01(i)))),
  },
  { name: 'LUT_KAPPA', size: FIELD_COUNT * SECRETOR_ROWS, build: (v, o) => buildKappa(v, o) },
  { name: 'LUT_SIGMA', size: FIELD_COUNT * SECRETOR_ROWS, build: (v, o) => buildSigma(v, o) },
] as const satisfies readonly LutSpec[];

/** Offsets of every table in the LUT buffer, by name, plus LUT_SIZE and SECRETOR_ROWS. */
export type LutName = (typeof LUT_SPECS)[number]['name'];
export const LUT_OFFSETS: Readonly<Record<LutName | 'LUT_SIZE' | 'SECRETOR_ROWS', number>> = (() => {
  const out = {} as Record<LutName | 'LUT_SIZE' | 'SECRETOR_ROWS', number>;
  let offset = 0;
  for (const spec of LUT_SPECS) {
    out[spec.name] = offset;
    offset += spec.size;
  }
  out.LUT_SIZE = offset;
  out.SECRETOR_ROWS = SECRETOR_ROWS;
  return out;
})();
export const LUT_SIZE = LUT_OFFSETS.LUT_SIZE;

export function buildLuts(v: ParamValues): Uint32Array<ArrayBuffer> {
  const lut = new Uint32Array(LUT_SIZE);
  for (const spec of LUT_SPECS) spec.build(v, lut.subarray(LUT_OFFSETS[spec.name], LUT_OFFSETS[spec.name] + spec.size));
  return lut;
}

// Fields: c = (Σ neighbours − κ·c + σ) / 4 with κ = k·h²/D and σ = s·h²/D (model.md §3).
const H2 = SITE_UM * SITE_UM;
const kappaQ24 = (perMin: number, d: number): number => Math.min(0xffffff, Math.round(((perMin * H2) / d) * 16777216));
const sigmaQ16 = (perMin: number, d: number): number =>
  Math.min(FIELD_MAX, Math.round(((perMin * H2) / d) * FIELD_MAX));
const IMMUNE = [TYPE_CTL, TYPE_TREG, TYPE_MACROPHAGE, TYPE_MDSC, TYPE_CAF];

function buildKappa(v: ParamValues, o: Uint32Array): void {
  const decay: Record<number, [number, number]> = {
    [FIELD_O2]: [v.o2Decay, v.o2Diffusion],
    [FIELD_CHEMOKINE]: [v.chemokineDecay, v.chemokineDiffusion],
    [FIELD_IFN]: [v.ifnDecay, v.ifnDiffusion],
    [FIELD_SUPPRESSIVE]: [v.sDecay, v.sDiffusion],
    [FIELD_DRUG]: [v.drugDecay, v.drugDiffusion],
    [FIELD_NANO]: [v.nanoDecay, v.nanoDiffusion],
  };
  const uptakeOf = (f: number, type: number): number => {
    const cell = type === TYPE_TUMOR || IMMUNE.includes(type);
    if (f === FIELD_O2) return type === TYPE_TUMOR ? v.o2UptakeTumor : IMMUNE.includes(type) ? v.o2UptakeImmune : 0;
    if (f === FIELD_DRUG) return cell ? v.drugUptake : 0;
    if (f === FIELD_NANO) return type === TYPE_TUMOR ? v.nanoBinding : 0;
    return 0;
  };
  for (let f = 0; f < FIELD_COUNT; f++) {
    for (let r = 0; r < SECRETOR_ROWS; r++) {
      const uptake = uptakeOf(f, r >> 2);
      o[f * SECRETOR_ROWS + r] = kappaQ24(decay[f][0] + uptake, decay[f][1]);
    }
  }
}

function buildSigma(v: ParamValues, o: Uint32Array): void {
  const put = (f: number, rows: number[], perMin: number, d: number): void =>
    rows.forEach((r) => (o[f * SECRETOR_ROWS + r] = sigmaQ16(perMin, d)));
  const allStates = (type: number): number[] => [0, 1, 2, 3].map((s) => row(type, s));
  put(FIELD_CHEMOKINE, allStates(TYPE_TUMOR), v.chemokineTumor, v.chemokineDiffusion);
  put(FIELD_CHEMOKINE, allStates(TYPE_NECROTIC), v.chemokineNecrotic, v.chemokineDiffusion);
  put(FIELD_CHEMOKINE, [row(TYPE_MACROPHAGE, MAC_M1)], v.chemokineM1, v.chemokineDiffusion);
  put(FIELD_IFN, [row(TYPE_CTL, CTL_ACTIVATED)], v.ifnCtl, v.ifnDiffusion);
  put(FIELD_IFN, [row(TYPE_MACROPHAGE, MAC_M1)], v.ifnM1, v.ifnDiffusion);
  put(FIELD_SUPPRESSIVE, [row(TYPE_MACROPHAGE, MAC_M2)], v.sM2, v.sDiffusion);
  put(FIELD_SUPPRESSIVE, allStates(TYPE_TREG), v.sTreg, v.sDiffusion);
  put(FIELD_SUPPRESSIVE, allStates(TYPE_MDSC), v.sMdsc, v.sDiffusion);
  put(FIELD_SUPPRESSIVE, allStates(TYPE_CAF), v.sCaf, v.sDiffusion);
  // Effector, quiet-activated (SECRETOR_QUIET_CTL) and exhausted CTLs secrete nothing.
}
