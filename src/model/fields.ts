/**
 * The fields (model.md §3): their indices, fixed point and how the GPU packs them. The model (CPU
 * twin, snapshots, exports) keeps FIELD_COUNT planes of one u32 per value; the GPU stores them two
 * to a word (src/engine/field-pack.ts, shaders/common/field-pack.wgsl).
 */

/** Lattice spacing (µm): the grid step of the diffusion equations. */
export const SITE_UM = 10;
/** Fixed point of the O2 field: 65535 ↔ 64 mmHg. */
export const O2_Q16_PER_MMHG = 1024;
/** Fixed point of the other fields: 65535 ↔ 1 unit. */
export const FIELD_MAX = 65535;

export const FIELD_O2 = 0;
export const FIELD_CHEMOKINE = 1;
export const FIELD_IFN = 2;
export const FIELD_SUPPRESSIVE = 3;
/** Fields solved every hour (O2, chemokine, IFN-γ, S); the drug planes after them only under therapy. */
export const BASE_FIELD_COUNT = 4;
/** Chemotherapy drug (model.md §3): held at every vessel at the plasma level. */
export const FIELD_DRUG = BASE_FIELD_COUNT;
/** Nanoparticles: held at leaky (tumour) vessels only, bound by tumour cells. */
export const FIELD_NANO = 5;
export const FIELD_COUNT = 6;
export const FIELD_INDEX = {
  FIELD_O2,
  FIELD_CHEMOKINE,
  FIELD_IFN,
  FIELD_SUPPRESSIVE,
  FIELD_DRUG,
  FIELD_NANO,
  FIELD_COUNT,
} as const;
/**
 * GPU storage of the fields (src/engine/field-pack.ts): two to a u32 word, field f in the half
 * starting at bit (f % 2) · FIELD_HALF_BITS of word plane f / 2, so FIELD_WORDS planes of words.
 */
export const FIELD_HALF_BITS = 16;
export const FIELD_WORDS = FIELD_COUNT / 2;
export const FIELD_PACKING = { FIELD_HALF_BITS, FIELD_WORDS, FIELD_MAX } as const;

/** An O2 partial pressure (mmHg) in the field's fixed point, clamped to 0..FIELD_MAX. */
export const mmHgToQ16 = (mmHg: number): number => Math.min(FIELD_MAX, Math.max(0, Math.round(mmHg * O2_Q16_PER_MMHG)));
