/**
 * The words of the systemic compartment buffer (architecture.md §3): the antigen pool, the priming
 * level it sets and the tumour burden per vessel, updated once an hour by the systemic pass
 * (src/model/reference/systemic.ts, shaders/passes/systemic.wgsl).
 */
export const SYS_ANTIGEN_Q8 = 0;
export const SYS_PRIMING_LEVEL = 1;
export const SYS_BURDEN = 2;
export const SYS_BURDEN_MDSC = 3;
export const SYS_WORDS = 4;
/** Priming is carried as a level in 1/8 steps: 8 = 1×, at most 31 (≈ 3.9×). */
export const PRIMING_LEVELS = 32;
export const PRIMING_UNIT = 8;
/** Burden index (tumour cells per vessel) is capped here. */
export const BURDEN_LEVELS = 1024;
export const SYS_INDEX = {
  SYS_ANTIGEN_Q8,
  SYS_PRIMING_LEVEL,
  SYS_BURDEN,
  SYS_BURDEN_MDSC,
  SYS_WORDS,
  PRIMING_LEVELS,
  PRIMING_UNIT,
  BURDEN_LEVELS,
} as const;
