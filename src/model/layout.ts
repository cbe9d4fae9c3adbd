/**
 * Bit layout of one lattice site: two u32 words per site (8 bytes).
 * Mirrored constant for constant by shaders/common/layout.wgsl; tests/unit/layout-mirror.test.ts
 * checks that both files define the same names with the same values.
 *
 * Word A (cell word)
 *   bits  0..3   cell type (TYPE_*)
 *   bits  4..7   state: CTL effector/activated/exhausted, macrophage M0/M1/M2, tumour flags (bit 4 stem)
 *   bits  8..15  TUMOR: proliferation capacity left (non-stem cells); VESSEL: bit 8 leaky
 *   bits 16..23  TUMOR: damage — hours left to a lethally irradiated (doomed) cell; 0 = undamaged
 *   bits  8..11  CTL kill capacity left (kcap)
 *   bits 12..15  CTL divisions left
 *   bits 16..19  CTL engagement hours left
 *   bits 20..23  CTL IFN-γ secretion hours left
 *   bits 24..31  ECM density of the site (0..255); it belongs to the site, not to the cell on it
 * Word B (property word)
 *   TUMOR: bits 0..7 clone id, bits 8..15 antigenicity (0..255 ↔ 0..1), bits 16..31 PD-L1 (Q16)
 */
export const TYPE_EMPTY = 0;
export const TYPE_TUMOR = 1;
export const TYPE_NECROTIC = 2;
export const TYPE_VESSEL = 3;
export const TYPE_CTL = 4;
export const TYPE_TREG = 5;
export const TYPE_MACROPHAGE = 6;
export const TYPE_MDSC = 7;
export const TYPE_CAF = 8;
export const TYPE_COUNT = 16;

export const CTL_EFFECTOR = 0;
export const CTL_ACTIVATED = 1;
export const CTL_EXHAUSTED = 2;

export const MAC_M0 = 0;
export const MAC_M1 = 1;
export const MAC_M2 = 2;

/** Tumour state flags. */
export const TUMOR_STEM = 1;
/** Drug-resistant clone: chemotherapy does not kill it and it divides slower. */
export const TUMOR_RESISTANT = 2;

export const TYPE_SHIFT = 0;
export const TYPE_MASK = 0xf;
export const STATE_SHIFT = 4;
export const STATE_MASK = 0xf;
export const KCAP_SHIFT = 8;
export const KCAP_MASK = 0xf;
export const DIVISIONS_SHIFT = 12;
export const DIVISIONS_MASK = 0xf;
export const ENGAGED_SHIFT = 16;
export const ENGAGED_MASK = 0xf;
export const TIMER_SHIFT = 20;
export const TIMER_MASK = 0xf;
export const CAPACITY_SHIFT = 8;
export const CAPACITY_MASK = 0xff;
export const DOOM_SHIFT = 16;
export const DOOM_MASK = 0xff;
export const LEAKY_SHIFT = 8;
export const LEAKY_MASK = 0x1;
export const ECM_SHIFT = 24;
export const ECM_MASK = 0xff;

export const CLONE_SHIFT = 0;
export const CLONE_MASK = 0xff;
export const ANTIGEN_SHIFT = 8;
export const ANTIGEN_MASK = 0xff;
export const PDL1_SHIFT = 16;
export const PDL1_MASK = 0xffff;

/** Word A with only the site-owned bits (ECM) kept: what a site becomes when its cell leaves. */
export const SITE_BITS = ECM_MASK << ECM_SHIFT;

/** Names shown in legends, charts and CSV headers, indexed by type. */
export const TYPE_NAMES: Readonly<Record<number, string>> = {
  [TYPE_EMPTY]: 'empty',
  [TYPE_TUMOR]: 'tumour',
  [TYPE_NECROTIC]: 'necrotic',
  [TYPE_VESSEL]: 'vessel',
  [TYPE_CTL]: 'CTL',
  [TYPE_TREG]: 'Treg',
  [TYPE_MACROPHAGE]: 'macrophage',
  [TYPE_MDSC]: 'MDSC',
  [TYPE_CAF]: 'CAF',
};

export const field = (word: number, shift: number, mask: number): number => (word >>> shift) & mask;
export const withField = (word: number, shift: number, mask: number, value: number): number =>
  ((word & ~(mask << shift)) | ((value & mask) << shift)) >>> 0;
export const cellType = (a: number): number => a & TYPE_MASK;
export const cellState = (a: number): number => (a >>> STATE_SHIFT) & STATE_MASK;

/**
 * Which secretion row of the field tables a cell uses: type × 4 + state, except an activated CTL
 * whose IFN-γ window has closed, which uses state slot 3 ("activated, quiet").
 */
export const SECRETOR_QUIET_CTL = 3;
export function secretorIndex(a: number): number {
  const type = cellType(a);
  let state = Math.min(cellState(a), 3);
  if (type === TYPE_CTL && state === CTL_ACTIVATED && field(a, TIMER_SHIFT, TIMER_MASK) === 0)
    state = SECRETOR_QUIET_CTL;
  return type * 4 + state;
}
