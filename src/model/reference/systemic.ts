/**
 * The systemic compartment (model.md §4, architecture.md §3), updated at the end of every hour from
 * that hour's statistics: an antigen pool fed by immunogenic tumour deaths (kills and necrosis) and
 * decaying with the antigen memory time, the priming level it sets for CTL recruitment, and the
 * tumour burden per vessel that drives MDSC and macrophage recruitment. Integer-only; twin of
 * shaders/passes/systemic.wgsl.
 */
import { scaleQ16 } from '../fixed';
import { TYPE_TUMOR, TYPE_VESSEL } from '../layout';
import * as S from '../stats';
import { type Packed } from '../gpu-params';
import {
  BURDEN_LEVELS,
  PRIMING_LEVELS,
  PRIMING_UNIT,
  SYS_ANTIGEN_Q8,
  SYS_BURDEN,
  SYS_BURDEN_MDSC,
  SYS_PRIMING_LEVEL,
} from '../systemic-words';

/** The antigen pool is kept in Q8 below 2^24. */
export const ANTIGEN_Q8_MAX = 0xffffff;

export function updateSystemic(P: Packed, sys: Uint32Array, stats: Uint32Array, primingScaleQ8 = 256): void {
  const deaths = Math.min(
    0xffff,
    stats[S.STAT_KILLS] +
      stats[S.STAT_KILLS_M1] +
      stats[S.STAT_NECROSES] +
      stats[S.STAT_DRUG_KILLS] +
      stats[S.STAT_RT_DEATHS],
  );
  const antigenQ8 = Math.min(ANTIGEN_Q8_MAX, scaleQ16(sys[SYS_ANTIGEN_Q8], P.antigenKeepQ16) + deaths * 256);
  const antigen = antigenQ8 >>> 8;
  const primed = PRIMING_UNIT + Math.floor((P.primingGain * antigen) / (antigen + P.primingHalfDeaths));
  // Anti-CTLA-4 and vaccines multiply priming.
  const level = Math.min(PRIMING_LEVELS - 1, (primed * primingScaleQ8) >>> 8);
  const vessels = Math.max(1, stats[TYPE_VESSEL]);
  sys[SYS_ANTIGEN_Q8] = antigenQ8;
  sys[SYS_PRIMING_LEVEL] = level;
  sys[SYS_BURDEN] = Math.min(BURDEN_LEVELS - 1, Math.floor(stats[TYPE_TUMOR] / vessels));
  sys[SYS_BURDEN_MDSC] = Math.min(
    BURDEN_LEVELS - 1,
    Math.floor((stats[TYPE_TUMOR] + P.mdscHypoxiaWeight * stats[S.STAT_HYPOXIC_TUMOR]) / vessels),
  );
  stats[S.STAT_PRIMING_LEVEL] = level;
  stats[S.STAT_ANTIGEN_POOL] = antigen;
}
