/**
 * Cell colours and where they sit in the view uniform's palette (shaders/render/view.wgsl): a slot
 * per cell type (TYPE_*), the two spare type slots for tumour variants, then CTL states, macrophage
 * states and the stroma colour. The PALETTE_*_SLOT constants are generated into
 * shaders/render/view-uniform.wgsl.
 */
import {
  CTL_ACTIVATED,
  CTL_EFFECTOR,
  CTL_EXHAUSTED,
  MAC_M0,
  MAC_M1,
  MAC_M2,
  TYPE_CAF,
  TYPE_CTL,
  TYPE_EMPTY,
  TYPE_MACROPHAGE,
  TYPE_MDSC,
  TYPE_NECROTIC,
  TYPE_TREG,
  TYPE_TUMOR,
  TYPE_VESSEL,
} from '../model/layout';

export type Rgb = readonly [number, number, number];

/** Cell colours, chosen to stay distinct for common colour-vision deficiencies (Okabe–Ito based). */
export const PALETTE: Readonly<Record<string, Rgb>> = {
  empty: [0.93, 0.91, 0.86],
  tumour: [0.84, 0.37, 0.0],
  /** Drug-resistant clone (chemotherapy spares it). */
  tumourResistant: [1.0, 0.68, 0.35],
  /** Lethally irradiated (doomed) tumour cell, dying within days. */
  tumourDoomed: [0.62, 0.52, 0.46],
  necrotic: [0.36, 0.29, 0.25],
  vessel: [0.8, 0.1, 0.18],
  ctlEffector: [0.35, 0.7, 0.9],
  ctlActivated: [0.0, 0.45, 0.7],
  ctlExhausted: [0.6, 0.6, 0.72],
  treg: [0.8, 0.47, 0.65],
  macM0: [0.72, 0.7, 0.5],
  macM1: [0.0, 0.62, 0.45],
  macM2: [0.94, 0.89, 0.26],
  mdsc: [0.5, 0.3, 0.62],
  caf: [0.45, 0.3, 0.15],
  /** Free tissue at full ECM density; free sites blend towards it with their density. */
  ecm: [0.62, 0.74, 0.55],
};

/** Drug-resistant and doomed tumour cells, in two type slots no cell type uses. */
export const PALETTE_RESISTANT_SLOT = 9;
export const PALETTE_DOOMED_SLOT = 10;
/** CTLs by state: this slot + CTL_*. */
export const PALETTE_CTL_SLOT = 16;
/** Macrophages by state: this slot + MAC_*. */
export const PALETTE_MAC_SLOT = 20;
/** Free tissue at full stroma density. */
export const PALETTE_ECM_SLOT = 23;
export const PALETTE_SLOT_COUNT = 24;

/** The PALETTE colour each slot shows; slots not listed stay black (no cell is drawn with them). */
export const PALETTE_SLOTS: ReadonlyArray<readonly [number, keyof typeof PALETTE]> = [
  [TYPE_EMPTY, 'empty'],
  [TYPE_TUMOR, 'tumour'],
  [TYPE_NECROTIC, 'necrotic'],
  [TYPE_VESSEL, 'vessel'],
  [TYPE_CTL, 'ctlEffector'],
  [TYPE_TREG, 'treg'],
  [TYPE_MACROPHAGE, 'macM0'],
  [TYPE_MDSC, 'mdsc'],
  [TYPE_CAF, 'caf'],
  [PALETTE_RESISTANT_SLOT, 'tumourResistant'],
  [PALETTE_DOOMED_SLOT, 'tumourDoomed'],
  [PALETTE_CTL_SLOT + CTL_EFFECTOR, 'ctlEffector'],
  [PALETTE_CTL_SLOT + CTL_ACTIVATED, 'ctlActivated'],
  [PALETTE_CTL_SLOT + CTL_EXHAUSTED, 'ctlExhausted'],
  [PALETTE_MAC_SLOT + MAC_M0, 'macM0'],
  [PALETTE_MAC_SLOT + MAC_M1, 'macM1'],
  [PALETTE_MAC_SLOT + MAC_M2, 'macM2'],
  [PALETTE_ECM_SLOT, 'ecm'],
];
