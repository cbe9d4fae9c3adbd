/**
 * Counter-based random numbers: every draw is a hash of (seed, tick, site, purpose), so no RNG state
 * lives in a buffer and the order in which GPU threads run cannot change a result.
 * The WGSL twin is shaders/common/rng.wgsl; tests/fixtures/rng-vectors.json pins both.
 */

/** PCG-RXS-M-XS 32-bit output permutation (Jarzynski & Olano 2020, "Hash functions for GPU rendering"). */
export function pcg(v: number): number {
  const state = (Math.imul(v >>> 0, 747796405) + 2891336453) >>> 0;
  const word = Math.imul(((state >>> ((state >>> 28) + 4)) ^ state) >>> 0, 277803737) >>> 0;
  return ((word >>> 22) ^ word) >>> 0;
}

/** Purposes: one per kind of random decision, so that two decisions at one site never share a draw. */
export const PURPOSE_APOPTOSIS = 1;
export const PURPOSE_NECROSIS = 2;
export const PURPOSE_CLEARANCE = 3;
export const PURPOSE_DIVIDE = 4;
export const PURPOSE_MIGRATE = 5;
export const PURPOSE_RECRUIT = 6;
export const PURPOSE_DIRECTION = 7;
export const PURPOSE_PRIORITY = 8;
export const PURPOSE_CTL_MOVE = 9;
export const PURPOSE_KILL = 10;
export const PURPOSE_CTL_DEATH = 11;
export const PURPOSE_INIT_VESSEL = 12;
export const PURPOSE_MUTATE = 13;
export const PURPOSE_STEM = 14;
export const PURPOSE_ANTIGEN_SIGN = 15;
export const PURPOSE_EXHAUST_PDL1 = 24;
export const PURPOSE_EXHAUST_TREG = 25;
export const PURPOSE_EXHAUST_S = 26;
export const PURPOSE_FIBROSIS = 27;
export const PURPOSE_POLARISE = 28;
export const PURPOSE_ECM = 29;
export const PURPOSE_ENTER = 30;
export const PURPOSE_RECRUIT_TREG = 31;
export const PURPOSE_RECRUIT_MDSC = 32;
export const PURPOSE_RECRUIT_MAC = 33;
export const PURPOSE_INIT = 34;
export const PURPOSE_CELL_DEATH = 35;
export const PURPOSE_POLARISE_M1 = 36;
export const PURPOSE_DAUGHTER = 37;
export const PURPOSE_RESISTANT = 38;
export const PURPOSE_CHEMO = 39;
export const PURPOSE_NANO = 40;
export const PURPOSE_RADIATION = 41;
export const PURPOSE_DOOM = 42;
export const PURPOSE_DEPLETE = 43;
export const PURPOSE_REPROGRAM = 44;
export const PURPOSE_REINVIGORATE = 45;
/** Per-neighbour draws use PURPOSE_NEIGHBOUR + k, k = 0..7. */
export const PURPOSE_NEIGHBOUR = 16;

/** Ticks: one per phase of an hour (phase 0 = hourly rules, 1..substeps = motility sub-steps). */
export const TICKS_PER_HOUR = 64;
export const tickOf = (hour: number, phase: number): number => (hour * TICKS_PER_HOUR + phase) >>> 0;

/** Mixes seed and tick once per dispatch; the kernel then hashes site and purpose into it. */
export const tickKey = (seed: number, tick: number): number => pcg((seed >>> 0) ^ pcg(tick));

export const draw = (key: number, site: number, purpose: number): number =>
  pcg((pcg((key ^ site) >>> 0) ^ purpose) >>> 0);

/** Key of the draws that build the initial lattice (a tick no hour reaches). */
export const initKey = (seed: number): number => tickKey(seed, 0xffffffff);
