/**
 * End-of-hour census (model.md §6), the twin of shaders/passes/stats.wgsl: cells per type and
 * state, hypoxic / PD-L1+ / stem / resistant / doomed tumour cells, antigenicity, PD-L1, drug and
 * nanoparticle sums, and CD8 and Treg
 * cells inside the tumour or at its margin.
 */
import * as Y from '../layout';
import * as S from '../stats';
import { FIELD_DRUG, FIELD_NANO, FIELD_O2 } from '../fields';
import type { Packed } from '../gpu-params';
import type { Lattice } from '../lattice';

const CTL_STAT: Record<number, number> = {
  [Y.CTL_EFFECTOR]: S.STAT_CTL_EFFECTOR,
  [Y.CTL_ACTIVATED]: S.STAT_CTL_ACTIVATED,
  [Y.CTL_EXHAUSTED]: S.STAT_CTL_EXHAUSTED,
};
const MAC_STAT: Record<number, number> = {
  [Y.MAC_M0]: S.STAT_MAC_M0,
  [Y.MAC_M1]: S.STAT_MAC_M1,
  [Y.MAC_M2]: S.STAT_MAC_M2,
};
/** Tumour or debris sites among the 24 around a cell at which it counts as inside the tumour. */
export const INSIDE_TUMOUR_SITES = 12;

/** Chebyshev reach (sites) within which a CD8 cell counts as near the tumour. */
export const NEAR_TUMOUR_SITES = 10;

const isTumourSite = (a: number): boolean => Y.cellType(a) === Y.TYPE_TUMOR || Y.cellType(a) === Y.TYPE_NECROTIC;

/** Whether any tumour or debris site lies within NEAR_TUMOUR_SITES of (x, y). */
export function nearTumour(lattice: Lattice, x: number, y: number): boolean {
  const { width, height, state } = lattice;
  for (let ny = Math.max(0, y - NEAR_TUMOUR_SITES); ny <= Math.min(height - 1, y + NEAR_TUMOUR_SITES); ny++) {
    for (let nx = Math.max(0, x - NEAR_TUMOUR_SITES); nx <= Math.min(width - 1, x + NEAR_TUMOUR_SITES); nx++) {
      if (isTumourSite(state[2 * (ny * width + nx)])) return true;
    }
  }
  return false;
}

/** Tumour and necrotic sites in the 5 × 5 window around (x, y), the centre excluded. */
export function tumourAround(lattice: Lattice, x: number, y: number): number {
  const { width, height, state } = lattice;
  let n = 0;
  for (let dy = -2; dy <= 2; dy++) {
    for (let dx = -2; dx <= 2; dx++) {
      const nx = x + dx;
      const ny = y + dy;
      if ((dx === 0 && dy === 0) || nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
      if (isTumourSite(state[2 * (ny * width + nx)])) n++;
    }
  }
  return n;
}

/** Adds the census of `lattice` to the statistics record `stats` (it needs no twin context: a reset counts too). */
export function census(lattice: Lattice, P: Packed, stats: Uint32Array): void {
  const { width, height, state, fields } = lattice;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      const a = state[2 * i];
      const type = Y.cellType(a);
      stats[type]++;
      if (type === Y.TYPE_TUMOR) {
        const b = state[2 * i + 1];
        const pdl1 = Y.field(b, Y.PDL1_SHIFT, Y.PDL1_MASK);
        if (fields[FIELD_O2 * width * height + i] < P.hypoxiaQ16) stats[S.STAT_HYPOXIC_TUMOR]++;
        if (pdl1 > P.pdl1PositiveQ16) stats[S.STAT_PDL1_POSITIVE]++;
        if ((Y.cellState(a) & Y.TUMOR_STEM) !== 0) stats[S.STAT_STEM]++;
        if ((Y.cellState(a) & Y.TUMOR_RESISTANT) !== 0) stats[S.STAT_RESISTANT]++;
        if (Y.field(a, Y.DOOM_SHIFT, Y.DOOM_MASK) > 0) stats[S.STAT_DOOMED]++;
        stats[S.STAT_DRUG_SUM] += fields[FIELD_DRUG * width * height + i] >>> 8;
        stats[S.STAT_NANO_SUM] += fields[FIELD_NANO * width * height + i] >>> 8;
        stats[S.STAT_ANTIGEN_SUM] += Y.field(b, Y.ANTIGEN_SHIFT, Y.ANTIGEN_MASK);
        stats[S.STAT_PDL1_SUM] += pdl1 >>> 8;
      } else if (type === Y.TYPE_CTL || type === Y.TYPE_TREG) {
        if (type === Y.TYPE_CTL && CTL_STAT[Y.cellState(a)] !== undefined) stats[CTL_STAT[Y.cellState(a)]]++;
        if (type === Y.TYPE_CTL && Y.cellState(a) === Y.CTL_EXHAUSTED && Y.field(a, Y.KCAP_SHIFT, Y.KCAP_MASK) > 0)
          stats[S.STAT_CTL_EXHAUSTED_SIGNALLED]++;
        const around = tumourAround(lattice, x, y);
        const cd8 = type === Y.TYPE_CTL;
        if (around >= INSIDE_TUMOUR_SITES) stats[cd8 ? S.STAT_CD8_INSIDE : S.STAT_TREG_INSIDE]++;
        else if (around > 0) stats[cd8 ? S.STAT_CD8_MARGIN : S.STAT_TREG_MARGIN]++;
        if (cd8 && (around > 0 || nearTumour(lattice, x, y))) stats[S.STAT_CD8_NEAR]++;
      } else if (type === Y.TYPE_MACROPHAGE && MAC_STAT[Y.cellState(a)] !== undefined) {
        stats[MAC_STAT[Y.cellState(a)]]++;
      }
    }
  }
}
