// End-of-hour census (model.md §6): cells per type and CTL state, hypoxic tumour cells. Reduced in
// workgroup memory, then one atomic add per counter per workgroup (integer sums: order-free).
@group(1) @binding(0) var<storage, read> state: array<vec2u>;
@group(1) @binding(1) var<storage, read> fields: array<u32>;
@group(1) @binding(2) var<storage, read_write> stats: array<atomic<u32>>;

var<workgroup> tally: array<atomic<u32>, STAT_COUNT>;

fn ctlStat(state: u32) -> u32 {
  switch (state) {
    case CTL_EFFECTOR: { return STAT_CTL_EFFECTOR; }
    case CTL_ACTIVATED: { return STAT_CTL_ACTIVATED; }
    case CTL_EXHAUSTED: { return STAT_CTL_EXHAUSTED; }
    default: { return STAT_COUNT; }
  }
}

@compute @workgroup_size(WG, WG)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(local_invocation_index) li: u32) {
  for (var s = li; s < STAT_COUNT; s += WG * WG) { atomicStore(&tally[s], 0u); }
  workgroupBarrier();
  if (inLattice(gid)) {
    let i = siteIndex(gid.x, gid.y);
    let a = state[i].x;
    let kind = cellType(a);
    atomicAdd(&tally[kind], 1u);
    if (kind == TYPE_CTL) {
      let s = ctlStat(cellState(a));
      if (s < STAT_COUNT) { atomicAdd(&tally[s], 1u); }
    } else if (kind == TYPE_TUMOR && fields[FIELD_O2 * P.width * P.height + i] < P.hypoxiaQ16) {
      atomicAdd(&tally[STAT_HYPOXIC_TUMOR], 1u);
    }
  }
  workgroupBarrier();
  for (var s = li; s < STAT_COUNT; s += WG * WG) {
    let v = atomicLoad(&tally[s]);
    if (v > 0u) { atomicAdd(&stats[clock.slot * STAT_COUNT + s], v); }
  }
}
