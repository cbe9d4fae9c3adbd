// End-of-hour census (model.md §6): cells per type and state, hypoxic / PD-L1+ / stem / resistant /
// doomed tumour cells, antigen, PD-L1, drug and nanoparticle sums over tumour cells, CD8 and Treg inside the tumour or at its margin. Reduced in workgroup
// memory, then one atomic add per counter per workgroup (integer sums: order-free).
@group(1) @binding(0) var<storage, read> stateIn: array<vec2u>;
@group(1) @binding(1) var<storage, read> fields: array<u32>;
@group(1) @binding(2) var<storage, read_write> stats: array<atomic<u32>>;

var<workgroup> tally: array<atomic<u32>, STAT_COUNT>;

// INSIDE_TUMOUR_SITES and NEAR_TUMOUR_SITES (constants.wgsl) come from src/model/reference/stats.ts.

fn isTumourSite(a: u32) -> bool {
  return cellType(a) == TYPE_TUMOR || cellType(a) == TYPE_NECROTIC;
}

fn nearTumour(x: u32, y: u32) -> bool {
  let reach = i32(NEAR_TUMOUR_SITES);
  for (var ny = max(0, i32(y) - reach); ny <= min(i32(P.height) - 1, i32(y) + reach); ny++) {
    for (var nx = max(0, i32(x) - reach); nx <= min(i32(P.width) - 1, i32(x) + reach); nx++) {
      if (isTumourSite(stateIn[u32(ny) * P.width + u32(nx)].x)) { return true; }
    }
  }
  return false;
}

fn tumourAround(x: u32, y: u32) -> u32 {
  var n = 0u;
  for (var dy = -2; dy <= 2; dy++) {
    for (var dx = -2; dx <= 2; dx++) {
      let p = vec2i(i32(x) + dx, i32(y) + dy);
      if ((dx == 0 && dy == 0) || p.x < 0 || p.y < 0 || p.x >= i32(P.width) || p.y >= i32(P.height)) { continue; }
      if (isTumourSite(stateIn[u32(p.y) * P.width + u32(p.x)].x)) { n++; }
    }
  }
  return n;
}

fn tallySite(x: u32, y: u32) {
  let i = siteIndex(x, y);
  let w = stateIn[i];
  let kind = cellType(w.x);
  atomicAdd(&tally[kind], 1u);
  if (kind == TYPE_TUMOR) {
    let pdl1 = field(w.y, PDL1_SHIFT, PDL1_MASK);
    if (fieldAt(FIELD_O2, i) < P.hypoxiaQ16) { atomicAdd(&tally[STAT_HYPOXIC_TUMOR], 1u); }
    if (pdl1 > P.pdl1PositiveQ16) { atomicAdd(&tally[STAT_PDL1_POSITIVE], 1u); }
    if ((cellState(w.x) & TUMOR_STEM) != 0u) { atomicAdd(&tally[STAT_STEM], 1u); }
    if ((cellState(w.x) & TUMOR_RESISTANT) != 0u) { atomicAdd(&tally[STAT_RESISTANT], 1u); }
    if (field(w.x, DOOM_SHIFT, DOOM_MASK) > 0u) { atomicAdd(&tally[STAT_DOOMED], 1u); }
    atomicAdd(&tally[STAT_DRUG_SUM], fieldAt(FIELD_DRUG, i) >> 8u);
    atomicAdd(&tally[STAT_NANO_SUM], fieldAt(FIELD_NANO, i) >> 8u);
    atomicAdd(&tally[STAT_ANTIGEN_SUM], field(w.y, ANTIGEN_SHIFT, ANTIGEN_MASK));
    atomicAdd(&tally[STAT_PDL1_SUM], pdl1 >> 8u);
  } else if (kind == TYPE_CTL || kind == TYPE_TREG) {
    let state = cellState(w.x);
    if (kind == TYPE_CTL && state <= CTL_EXHAUSTED) { atomicAdd(&tally[STAT_CTL_EFFECTOR + state], 1u); }
    if (kind == TYPE_CTL && state == CTL_EXHAUSTED && field(w.x, KCAP_SHIFT, KCAP_MASK) > 0u) { atomicAdd(&tally[STAT_CTL_EXHAUSTED_SIGNALLED], 1u); }
    let around = tumourAround(x, y);
    let cd8 = kind == TYPE_CTL;
    if (around >= INSIDE_TUMOUR_SITES) {
      atomicAdd(&tally[select(STAT_TREG_INSIDE, STAT_CD8_INSIDE, cd8)], 1u);
    } else if (around > 0u) {
      atomicAdd(&tally[select(STAT_TREG_MARGIN, STAT_CD8_MARGIN, cd8)], 1u);
    }
    if (cd8 && (around > 0u || nearTumour(x, y))) { atomicAdd(&tally[STAT_CD8_NEAR], 1u); }
  } else if (kind == TYPE_MACROPHAGE && cellState(w.x) <= MAC_M2) {
    atomicAdd(&tally[STAT_MAC_M0 + cellState(w.x)], 1u);
  }
}

@compute @workgroup_size(WG, WG)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(local_invocation_index) li: u32) {
  for (var s = li; s < STAT_COUNT; s += WG * WG) { atomicStore(&tally[s], 0u); }
  workgroupBarrier();
  if (inLattice(gid)) { tallySite(gid.x, gid.y); }
  workgroupBarrier();
  for (var s = li; s < STAT_COUNT; s += WG * WG) {
    let v = atomicLoad(&tally[s]);
    if (v > 0u) { atomicAdd(&stats[clock.slot * STAT_COUNT + s], v); }
  }
}
