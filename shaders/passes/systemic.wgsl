// Systemic compartment (model.md §4, architecture.md §3), one thread at the end of each hour: the
// antigen pool fed by immunogenic deaths (kills, necrosis, chemotherapy and radiation deaths) and
// decaying, the priming level it sets (times the anti-CTLA-4 / vaccine boost of the hour),
// and the tumour burden per vessel for MDSC and macrophage recruitment. Reads the hour's statistics
// record, no readback to the host. Twin of src/model/reference/systemic.ts.
@group(1) @binding(0) var<storage, read_write> systemic: array<u32, SYS_WORDS>;
@group(1) @binding(1) var<storage, read_write> stats: array<u32>;

// ANTIGEN_Q8_MAX (constants.wgsl) comes from src/model/reference/systemic.ts.

@compute @workgroup_size(1)
fn main() {
  let record = clock.slot * STAT_COUNT;
  let deaths = min(0xffffu, stats[record + STAT_KILLS] + stats[record + STAT_KILLS_M1] + stats[record + STAT_NECROSES] + stats[record + STAT_DRUG_KILLS] + stats[record + STAT_RT_DEATHS]);
  let antigenQ8 = min(ANTIGEN_Q8_MAX, scaleQ16(systemic[SYS_ANTIGEN_Q8], P.antigenKeepQ16) + deaths * 256u);
  let antigen = antigenQ8 >> 8u;
  let primed = PRIMING_UNIT + (P.primingGain * antigen) / (antigen + P.primingHalfDeaths);
  // Anti-CTLA-4 and vaccines multiply priming.
  let level = min(PRIMING_LEVELS - 1u, (primed * clock.dose.primingScaleQ8) >> 8u);
  let vessels = max(1u, stats[record + TYPE_VESSEL]);
  let tumour = stats[record + TYPE_TUMOR];
  systemic[SYS_ANTIGEN_Q8] = antigenQ8;
  systemic[SYS_PRIMING_LEVEL] = level;
  systemic[SYS_BURDEN] = min(BURDEN_LEVELS - 1u, tumour / vessels);
  systemic[SYS_BURDEN_MDSC] = min(BURDEN_LEVELS - 1u, (tumour + P.mdscHypoxiaWeight * stats[record + STAT_HYPOXIC_TUMOR]) / vessels);
  stats[record + STAT_PRIMING_LEVEL] = level;
  stats[record + STAT_ANTIGEN_POOL] = antigen;
}
