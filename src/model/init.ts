/**
 * Initial lattice generators (model.md §7): the tumour (one disk or several foci), vessels (random
 * network, domain edge, or a ring just outside the tumour; tumour vessels are leaky), stroma (an
 * ECM ring and background), fibroblasts and resident macrophages. Pure and seeded: the GPU and the
 * CPU twin start from this lattice, and from the systemic words initialSystemic computes for it.
 */
import {
  ANTIGEN_SHIFT,
  CAPACITY_SHIFT,
  ECM_SHIFT,
  LEAKY_SHIFT,
  MAC_M0,
  MAC_M2,
  PDL1_SHIFT,
  STATE_SHIFT,
  TUMOR_RESISTANT,
  TUMOR_STEM,
  TYPE_CAF,
  TYPE_EMPTY,
  TYPE_MACROPHAGE,
  TYPE_TUMOR,
  TYPE_VESSEL,
} from './layout';
import { createLattice, type Lattice } from './lattice';
import type { ParamValues } from './registry';
import { draw, initKey, PURPOSE_INIT, PURPOSE_INIT_VESSEL, PURPOSE_RESISTANT, PURPOSE_STEM } from './rng';
import { FIELD_O2, mmHgToQ16, SITE_UM } from './fields';
import { byte01, q16of01, threshold } from './thresholds';
import { packParams, unpackParams } from './gpu-params';
import { STAT_COUNT } from './stats';
import { census } from './reference/stats';
import { updateSystemic } from './reference/systemic';
import { TUMOR_SEEDS, VESSEL_LAYOUTS } from './params/initial';

interface Focus {
  x: number;
  y: number;
  r: number;
}

/** Tumour foci in site units: one disk, or n smaller disks of the same total area around the centre. */
function tumourFoci(v: ParamValues, size: number, key: number): Focus[] {
  const r = v.tumorRadius / SITE_UM;
  const c = size / 2;
  if (TUMOR_SEEDS[v.tumorSeed] !== 'foci' || v.tumorFoci <= 1) return [{ x: c, y: c, r }];
  const rFocus = r / Math.sqrt(v.tumorFoci);
  return Array.from({ length: v.tumorFoci }, (_, k) => {
    const angle = (draw(key, k, PURPOSE_INIT) / 4294967296) * 2 * Math.PI;
    const dist = (draw(key, k + 1000, PURPOSE_INIT) / 4294967296) * 2 * r;
    return { x: c + dist * Math.cos(angle), y: c + dist * Math.sin(angle), r: rFocus };
  });
}

/** Distance (sites) from a site centre to the nearest tumour edge; negative inside. */
const edgeDistance = (foci: Focus[], x: number, y: number): number =>
  Math.min(...foci.map((f) => Math.hypot(x + 0.5 - f.x, y + 0.5 - f.y) - f.r));

export function initialLattice(v: ParamValues): Lattice {
  const size = v.latticeSize;
  const lattice = createLattice(size, size);
  const key = initKey(v.seed);
  const foci = tumourFoci(v, size, key);
  const layout = VESSEL_LAYOUTS[v.vesselLayout];
  const vesselThr = threshold(v.vesselDensity);
  const rimAt = v.rimVesselDistance / SITE_UM;
  const leakyWithin = v.leakyVesselDistance / SITE_UM;
  const ringWidth = v.ecmRingWidth / SITE_UM;
  const tumourB = (byte01(v.tumorAntigenicity) << ANTIGEN_SHIFT) | (q16of01(v.tumorPdl1) << PDL1_SHIFT);
  const stemThr = threshold(v.stemHierarchy ? v.stemFraction : 0);
  const resistantThr = threshold(v.resistantFraction);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = y * size + x;
      const d = edgeDistance(foci, x, y);
      const inRing = ringWidth > 0 && d > 0 && d <= ringWidth;
      const ecm = byte01(inRing ? v.ecmRingDensity : d > 0 ? v.ecmBackground : 0);
      let a: number;
      let b = 0;
      if (d <= 0) {
        const stem = draw(key, i, PURPOSE_STEM) < stemThr;
        const resistant = draw(key, i, PURPOSE_RESISTANT) < resistantThr;
        const flags = (stem ? TUMOR_STEM : 0) | (resistant ? TUMOR_RESISTANT : 0);
        a = TYPE_TUMOR | (flags << STATE_SHIFT) | (v.proliferationCapacity << CAPACITY_SHIFT);
        b = tumourB | (resistant ? 1 : 0); // the resistant clone is clone 1
      } else if (isVessel(layout, x, y, size, d, rimAt, draw(key, i, PURPOSE_INIT_VESSEL), vesselThr)) {
        a = TYPE_VESSEL | ((d <= leakyWithin ? 1 : 0) << LEAKY_SHIFT);
      } else {
        a = residentCell(v, key, i, inRing || v.ecmBackground > 0, d);
      }
      lattice.state[2 * i] = (a | (ecm << ECM_SHIFT)) >>> 0;
      lattice.state[2 * i + 1] = b >>> 0;
    }
  }
  // Oxygen starts at the vessel level and relaxes down; the other fields start at zero.
  lattice.fields.fill(mmHgToQ16(v.o2Vessel), FIELD_O2 * size * size, (FIELD_O2 + 1) * size * size);
  return lattice;
}

function isVessel(
  layout: string,
  x: number,
  y: number,
  size: number,
  d: number,
  rimAt: number,
  roll: number,
  thr: number,
): boolean {
  const onEdge = x === 0 || y === 0 || x === size - 1 || y === size - 1;
  switch (layout) {
    case 'edge':
      return onEdge;
    case 'random + edge':
      return onEdge || roll < thr;
    case 'tumour rim':
      // A ring two sites wide at rimAt outside the tumour, at ten times the density.
      return Math.abs(d - rimAt) <= 1 && roll < Math.min(0xffffffff, thr * 10);
    default:
      return roll < thr;
  }
}

/** Fibroblasts in the stroma; macrophages within 200 µm of the tumour, M0 or M2. */
function residentCell(v: ParamValues, key: number, i: number, stroma: boolean, d: number): number {
  const roll = draw(key, i, PURPOSE_INIT);
  if (stroma && roll < threshold(v.cafDensity)) return TYPE_CAF;
  if (d <= 200 / SITE_UM && draw(key, i, PURPOSE_INIT_VESSEL + 1) < threshold(v.macrophageDensity)) {
    const m2 = draw(key, i, PURPOSE_STEM) < threshold(v.initialM2Fraction);
    return TYPE_MACROPHAGE | ((m2 ? MAC_M2 : MAC_M0) << STATE_SHIFT);
  }
  return TYPE_EMPTY;
}

/**
 * Sets the systemic words of a fresh lattice from its census, as the end of an hour would, so the
 * first hour recruits from the initial burden (both steppers call it after initialLattice).
 */
export function initialSystemic(lattice: Lattice, values: ParamValues): void {
  const params = unpackParams(packParams(values, lattice));
  const stats = new Uint32Array(STAT_COUNT);
  census(lattice, params, stats);
  updateSystemic(params, lattice.systemic, stats);
}
